"""The running week: which runs, how far (the weekly volume) and how fast, for runners' plans."""
