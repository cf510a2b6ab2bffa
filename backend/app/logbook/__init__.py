"""The training log: the person's calendar, what they did, and how they are progressing.

`calendar` answers "what is planned on which day, and what became of it" in the person's time
zone; `service` records, edits and deletes logs (flushing, never committing: the caller owns
the transaction); `repository` holds every query over the log tables.
"""
