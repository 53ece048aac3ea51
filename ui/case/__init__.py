"""The parts of the case view: resident and permit, answers, information, history, decision."""
