"""A pronoun heading a clause of time told after a subject of its number stands for that
subject, not for the body that tells the whole, even where the parser hangs the clause on
the cue: no event falls on the teller."""


def test_a_pronoun_after_a_subject_of_its_number_is_not_the_speaker(extract) -> None:
    text = ("The patrol was returning to its camp near Kiunga Town when it came under fire at "
            "around 2:40pm, ISPR said in a press release late on Monday.")
    events = extract(text, published="2026-03-10").events
    roles = [(e.type, e.actor, e.target) for e in events]
    assert not [r for r in roles if "ISPR" in (r[1], r[2])], roles
