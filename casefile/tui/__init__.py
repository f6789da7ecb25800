"""The terminal browser (Textual). It only renders the plain model in ``casefile.caseview``."""
