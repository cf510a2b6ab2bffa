"""The plan's calendar: phases, deload and taper weeks, and the dates sessions fall on."""
