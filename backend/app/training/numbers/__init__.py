"""The athlete's own numbers: estimated maxes, rep-max tables, VDOT paces, reading goals text.

Pure arithmetic with the source of every constant named beside it (and in docs/training.md):
the planner turns a person's lifts into kilos and their race result into paces with these, and
the log and the adaptation rules use the same e1RM formula, so a number means one thing.
"""
