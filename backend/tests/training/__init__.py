"""Tests of the training engine (app/training): pure, fast, no database."""
