"""Generate a realistic case file of any size from the real articles in ../shared/corpus.

Each generated article keeps a real article's date and opening paragraph (with its
dateline) and adds paragraphs drawn from other real articles, so extraction meets
real prose: quotes, reported speech, titles, dates. Deterministic from --seed.

    python benchmarks/generate.py OUT_DIR --articles 10000 [--seed 1] [--paragraphs 8]

--paragraphs sets how many paragraphs each article has (the real opening one plus
drawn ones). The corpus averages about 7 paragraphs and 5 statements an article (up to
55 paragraphs); the benchmark case uses 15 paragraphs, a long but real-sized wire
story, so 10,000 articles give about 100,000 statements.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from casefile.articles import read_article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"


def sentence_chunks(paragraph: str, size: int = 3) -> list[str]:
    """Split one long paragraph into pieces of a few sentences (flattened Xinhua stories)."""
    sentences = [s for s in paragraph.replace(". ", ".\x00").split("\x00") if s.strip()]
    return [" ".join(sentences[i:i + size]) for i in range(0, len(sentences), size)]


def load_corpus() -> list[tuple[str, list[str]]]:
    articles = []
    for path in sorted(CORPUS.glob("*.txt")):
        doc = read_article(path).document
        paragraphs = doc.paragraphs if len(doc.paragraphs) > 1 else sentence_chunks(doc.paragraphs[0])
        articles.append((doc.published, paragraphs))
    return articles


def generate(out: Path, n_articles: int, seed: int = 1, paragraphs_per_article: int = 8) -> list[Path]:
    rng = random.Random(seed)
    corpus = load_corpus()
    pool = [p for _, paragraphs in corpus for p in paragraphs[1:]]
    out.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(n_articles):
        published, paragraphs = rng.choice(corpus)
        body = [paragraphs[0]] + rng.sample(pool, paragraphs_per_article - 1)
        path = out / f"gen-{i:06}.txt"
        path.write_text(f" date {published} " + "\n\n".join(body) + "\n", encoding="utf-8")
        files.append(path)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--paragraphs", type=int, default=8, metavar="N",
                        help="paragraphs per article, the real opening one included (default: 8)")
    args = parser.parse_args()
    if args.paragraphs < 1:
        parser.error("--paragraphs must be at least 1")
    files = generate(args.out, args.articles, args.seed, args.paragraphs)
    print(f"{len(files)} articles in {args.out}")


if __name__ == "__main__":
    main()
