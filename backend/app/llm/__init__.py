"""Talking to language models: one small interface, any OpenAI-compatible server behind it.

This package knows nothing of the database or of coaching: it sends a list of turns and gives
back text, and it turns every way a server can fail into one `LLMError`. The coach decides what
to send and what to do when it fails (`app.coach`).
"""
