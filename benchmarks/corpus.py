"""A reproducible corpus of varied conflict-news articles for benchmarks.

Sentences are drawn from templates in several outlets' styles (wire, state media, statement,
live blog, interview, briefing) and filled with real names and places, so every run on every
machine measures the same texts.
"""

from __future__ import annotations

import random

SPEAKERS = [
    ("Volodymyr Zelenskyy", "Ukraine's president"),
    ("Dmitry Peskov", "Kremlin spokesman"),
    ("Antony Blinken", "the US secretary of state"),
    ("Mark Rutte", "NATO's secretary-general"),
    ("Antonio Guterres", "the UN secretary-general"),
    ("Kaja Kallas", "the EU's foreign policy chief"),
    ("Maria Zakharova", "the Russian foreign ministry spokeswoman"),
    ("Ihor Terekhov", "Kharkiv's mayor"),
    ("Andrii Sybiha", "Ukraine's foreign minister"),
    ("Rafael Grossi", "the IAEA chief"),
]
PLACES = [
    "Kharkiv",
    "Kherson",
    "Zaporizhzhia",
    "Odesa",
    "Belgorod",
    "Kursk",
    "Donetsk",
    "Sumy",
    "Pokrovsk",
    "Gaza City",
    "Rafah",
    "Khan Younis",
    "Beirut",
    "Damascus",
    "Aleppo",
    "Sanaa",
    "Hodeidah",
    "Khartoum",
    "El Fasher",
    "Goma",
    "Mogadishu",
    "Bamako",
    "Tripoli",
    "Mosul",
]
GROUPS = [
    "Russian forces",
    "Ukrainian troops",
    "the army",
    "rebel fighters",
    "militants",
    "government forces",
    "paramilitary units",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Reuters", "the Associated Press", "AFP", "TASS", "Ukrinform", "Al Jazeera"]

TEMPLATES = [
    "{place}, {month} {day} ({outlet}) - {group} shelled {place2} on {weekday}, killing {n} people "
    "and wounding {m}, {title} {speaker} said.",
    '"We will not give up a single metre of our land," {speaker} told reporters in {place} on '
    '{weekday}. "Every village matters."',
    "{speaker}, {title}, said in a statement that at least {n} drones had been shot "
    "down overnight over {place2}.",
    "According to {outlet}, {group} advanced {n} km ({miles} miles) towards {place} "
    "in recent days.",
    "It was not possible to independently verify the report. {outlet} said it had contacted the "
    "defence ministry, which did not respond.",
    "{speaker} warned that {group} were preparing a new offensive near {place}, adding that "
    "reinforcements of about {big} troops had been seen.",
    "The ministry denied that its forces had struck a market in {place2}, calling the reports "
    '"fabricated".',
    "A total of {total} people were evacuated from {place} last week, {n} of them "
    "children, local officials said on {weekday}.",
    "Talks between the two sides are scheduled for {weekday} in {place2}, {outlet} "
    "reported, citing two sources familiar with the plans.",
    "{time} GMT: Air raid sirens sounded across {place}, and explosions were heard in the city "
    "centre, a {outlet} correspondent said.",
    'Q: Is a ceasefire possible this month? {speaker}: "Only if the shelling stops first, and we '
    'see the troops pulled back."',
    "The strike on {place2} on {weekday} was the {ordinal} in {n} days, and damaged power lines "
    "serving some {big} households.",
    "{title} {speaker} is believed to have met envoys in {place} in March, officials said.",
    "Damage to the port in {place} was estimated at ${n} million, the regional "
    "administration said.",
]


def article(rng: random.Random) -> str:
    """One article of 4 to 12 sentences in two to four paragraphs."""
    sentences = []
    for _ in range(rng.randint(4, 12)):
        speaker, title = rng.choice(SPEAKERS)
        fill = {
            "place": rng.choice(PLACES),
            "place2": rng.choice(PLACES),
            "group": rng.choice(GROUPS),
            "speaker": speaker,
            "title": title,
            "outlet": rng.choice(OUTLETS),
            "weekday": rng.choice(WEEKDAYS),
            "month": rng.choice(["March", "Aug.", "June"]),
            "day": rng.randint(1, 28),
            "n": rng.randint(2, 60),
            "m": rng.randint(2, 200),
            "miles": rng.randint(2, 30),
            "big": rng.choice(["1,000", "12,000", "5,500", "300"]),
            "total": rng.randint(100, 900),
            "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
            "ordinal": rng.choice(["second", "third", "fourth"]),
        }
        sentences.append(rng.choice(TEMPLATES).format(**fill))
    cut = sorted(rng.sample(range(1, len(sentences)), k=min(len(sentences) - 1, rng.randint(1, 3))))
    paragraphs, start = [], 0
    for end in [*cut, len(sentences)]:
        paragraphs.append(" ".join(sentences[start:end]))
        start = end
    return "\n\n".join(paragraphs) + "\n"


def corpus(n: int, seed: int = 7) -> list[str]:
    """`n` articles, the same ones for the same seed."""
    rng = random.Random(seed)
    return [article(rng) for _ in range(n)]
