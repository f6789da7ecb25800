"""Extraction quality on the hand-made dev golds (tests/data): a floor at today's figures.

The seeds' gold is checked in test_extract_corpus; these are more sets of corpus
articles, each ingested as a case of its own. gold-dev.json (8 articles) was made by the
first extraction session; gold-dev2..42.json (3 to 10 articles each: Xinhua, VOA, RFA and White
House alike) were annotated by people who never saw casefile's output (their NOTES say
how). Each scored lower when it arrived (attribution: dev2 0.767, dev3 0.760 with the rules
dev2 had prompted, dev4 0.778 with those of dev2 and dev3, then, with all the rules before
them, dev5 0.806, dev6 0.661, dev7 0.781, dev8 0.596, dev9 0.577, dev10 0.621, dev11 0.774,
dev12 0.845, dev13 0.716, dev14 0.715, dev15 0.930, dev16 0.791, dev17 0.847, dev18 0.778,
dev19 0.928, dev20 0.779, dev21 0.932, dev22 0.633, dev23 0.713, dev24 0.375, dev25 0.677,
dev26 0.495, dev27 0.711, dev28 0.673, dev29 0.882, dev30 0.706, dev31 0.930, dev32 0.651,
dev33 0.628, dev34 1.000, dev35 0.839, dev36 0.735, dev37 0.923, dev38 0.692, dev39 1.000,
dev40 0.789, dev41 0.429, dev42 0.545) and most have guided rules since, so none is blind any
more: they are floors.
A lower figure is a regression to explain.
"""
from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import REPO, shared_dir

from casefile.export import export_json
from casefile.ingest import ingest
from store import CaseStore

FLOORS = {
    # these two annotators named every pair speaker "Both sides"; the seeds' gold and the ten
    # later annotators name each as written ("the two leaders"), and so does casefile since
    "gold-dev.json": {"attribution_f1": 0.93, "participant_r": 0.98, "event_f1": 0.98},
    "gold-dev2.json": {"attribution_f1": 0.96, "participant_r": 0.97, "event_f1": 0.93},
    "gold-dev3.json": {"attribution_f1": 0.94, "participant_r": 1.0, "event_f1": 0.98},
    "gold-dev4.json": {"attribution_f1": 0.93, "participant_r": 0.98, "event_f1": 0.9},
    "gold-dev5.json": {"attribution_f1": 0.9, "participant_r": 0.95, "event_f1": 0.98},
    "gold-dev6.json": {"attribution_f1": 0.91, "participant_r": 0.91, "event_f1": 0.94},
    "gold-dev7.json": {"attribution_f1": 0.93, "participant_r": 0.96, "event_f1": 0.97},
    "gold-dev8.json": {"attribution_f1": 0.92, "participant_r": 0.97, "event_f1": 0.91},
    # dev9: figures are events now ("box office revenue during the Oct. 1-8 holiday was ..."), and a
    # range of days takes its first day, as dev, dev13 and dev15 want; dev9's annotator gave the month.
    # "The two leaders agreed to remain in close coordination" is a statement now (13 golds mark
    # "agreed to" so), named "Both leaders" as written where dev9's annotator wrote "the two leaders"
    "gold-dev9.json": {"attribution_f1": 0.76, "participant_r": 0.94, "event_f1": 0.97},
    "gold-dev10.json": {"attribution_f1": 0.95, "participant_r": 1.0, "event_f1": 0.91},
    "gold-dev11.json": {"attribution_f1": 0.85, "participant_r": 1.0, "event_f1": 1.0},
    "gold-dev12.json": {"attribution_f1": 0.91, "participant_r": 1.0, "event_f1": 0.92},
    "gold-dev13.json": {"attribution_f1": 0.92, "participant_r": 1.0, "event_f1": 0.92},
    # dev14: its annotator names the speaking group of one article "the authors" (the article
    # says "Chinese and German researchers ... they said"): casefile finds those statements by
    # the group as the article names it, and each counts as a wrong speaker
    "gold-dev14.json": {"attribution_f1": 0.8, "participant_r": 0.96, "event_f1": 0.97},
    "gold-dev15.json": {"attribution_f1": 0.93, "participant_r": 1.0, "event_f1": 0.96},
    "gold-dev16.json": {"attribution_f1": 0.9, "participant_r": 0.96, "event_f1": 0.96},
    "gold-dev17.json": {"attribution_f1": 0.93, "participant_r": 1.0, "event_f1": 0.85},
    "gold-dev18.json": {"attribution_f1": 0.82, "participant_r": 0.97, "event_f1": 0.96},
    "gold-dev19.json": {"attribution_f1": 0.95, "participant_r": 1.0, "event_f1": 1.0},
    "gold-dev20.json": {"attribution_f1": 0.88, "participant_r": 1.0, "event_f1": 0.94},
    "gold-dev21.json": {"attribution_f1": 0.95, "participant_r": 0.97, "event_f1": 0.94},
    "gold-dev22.json": {"attribution_f1": 0.86, "participant_r": 1.0, "event_f1": 0.92},
    "gold-dev23.json": {"attribution_f1": 0.82, "participant_r": 1.0, "event_f1": 0.92},
    # dev24: its annotator made a report the speaker of its figures ("the 2020 Open Doors Report"),
    # which casefile reads as a thing, not a participant (eight required statements)
    "gold-dev24.json": {"attribution_f1": 0.64, "participant_r": 0.94, "event_f1": 0.96},
    "gold-dev25.json": {"attribution_f1": 0.82, "participant_r": 1.0, "event_f1": 1.0},
    # dev26: a flattened feature whose headings run into its sentences ("... Young Masezerano Divine
    # lives in ...", "The artistic way ...," said Jan.") costs most of what is missing
    "gold-dev26.json": {"attribution_f1": 0.7, "participant_r": 0.95, "event_f1": 0.92},
    "gold-dev27.json": {"attribution_f1": 0.84, "participant_r": 1.0, "event_f1": 1.0},
    "gold-dev28.json": {"attribution_f1": 0.87, "participant_r": 0.96, "event_f1": 0.92},
    "gold-dev29.json": {"attribution_f1": 1.0, "participant_r": 1.0, "event_f1": 1.0},
    "gold-dev30.json": {"attribution_f1": 0.86, "participant_r": 0.87, "event_f1": 0.95},
    "gold-dev31.json": {"attribution_f1": 0.93, "participant_r": 1.0, "event_f1": 0.96},
    "gold-dev32.json": {"attribution_f1": 0.8, "participant_r": 0.92, "event_f1": 0.94},
    "gold-dev33.json": {"attribution_f1": 0.8, "participant_r": 1.0, "event_f1": 0.93},
    "gold-dev34.json": {"attribution_f1": 1.0, "participant_r": 0.95, "event_f1": 1.0},
    "gold-dev35.json": {"attribution_f1": 0.84, "participant_r": 0.93, "event_f1": 0.91},
    "gold-dev36.json": {"attribution_f1": 0.81, "participant_r": 0.87, "event_f1": 0.97},
    "gold-dev37.json": {"attribution_f1": 0.92, "participant_r": 1.0, "event_f1": 0.95},
    # dev38: distant years and a day range ("In the year of 1131", "in September the last year",
    # "In December" of 1978 known only from history) and figures "this year" its annotator leaves out
    "gold-dev38.json": {"attribution_f1": 0.78, "participant_r": 0.91, "event_f1": 0.73},
    "gold-dev39.json": {"attribution_f1": 1.0, "participant_r": 0.86, "event_f1": 0.91},
    "gold-dev40.json": {"attribution_f1": 0.94, "participant_r": 0.86, "event_f1": 0.90},
    "gold-dev41.json": {"attribution_f1": 0.72, "participant_r": 0.87, "event_f1": 0.93},
    "gold-dev42.json": {"attribution_f1": 0.54, "participant_r": 0.91, "event_f1": 1.0},
}

# dev5: "NPC Standing Committee" / "Standing Committee of the NPC" (a reordered name), "U.N." in
# one article and "United Nations" in another (an acronym is matched to its initials within an
# article only). dev2: its annotator made "the Chinese government" a name of China; eight later
# annotators (and casefile) make a country's government an organisation of its own
# dev20: the article writes "CPPB" once and "CPBB" once, and names "Low Taek Jho" also "Jho Low"
# dev33: "the Chinese coast guard authority" and "China Coast Guard" (a description and a name)
# dev40: "Li Bai, dubbed as the Poet Immortal," (a nickname read as a name of its own)
KNOWN_SPLITS = {"gold-dev2.json": 3, "gold-dev5.json": 2, "gold-dev20.json": 2, "gold-dev33.json": 1,
                "gold-dev40.json": 1}


@pytest.mark.parametrize("gold_file", sorted(FLOORS))
def test_dev_gold_scores_hold(gold_file):
    scorer_path = shared_dir("eval") / "score.py"
    spec = importlib.util.spec_from_file_location("score", scorer_path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = json.loads((REPO / "tests" / "data" / gold_file).read_text(encoding="utf-8"))
    corpus = shared_dir("corpus")
    store = CaseStore(None)
    assert ingest(store, [str(corpus / name) for name in gold["documents"]]).ok
    result = scorer.score(export_json(store), gold)
    assert result["missing_docs"] == 0 and result["splits"] <= KNOWN_SPLITS.get(gold_file, 0)
    assert result["provenance"] == 1.0  # every span slices its paragraph, in every gold
    low = {k: round(result[k], 3) for k, floor in FLOORS[gold_file].items() if result[k] < floor}
    assert not low, f"below the floor: {low}"
