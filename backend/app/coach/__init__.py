"""The coach: reads what a person says, acts on it where it can, and answers with sources.

`intents` reads the message, `actions` carries out change requests, `context` gathers what the
coach knows (profile, current plan, recent history, knowledge passages), `builtin` writes the
offline reply, `llm_writer` asks a language model instead, and `service` stores every turn.
"""
