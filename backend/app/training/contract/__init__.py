"""The engine's contract: its vocabulary (sports, levels, kit, phases...), the plan document.

Everything else in the engine and every caller speaks in these terms; nothing here imports the
later steps.
"""
