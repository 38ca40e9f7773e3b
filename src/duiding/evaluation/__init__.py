"""Evaluation against gold data: each task reads its gold format, writes predictions in the
same format, and returns a `Report` of scores. The floors file pins the scores that may not drop."""
