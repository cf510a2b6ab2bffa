"""Accounts: who a person is (profile rules) and how they prove it (passwords, tokens)."""
