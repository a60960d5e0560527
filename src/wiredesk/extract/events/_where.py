"""Where an event happened. The place its own clause names comes first; a clause that names
none shares the place of the clause it belongs to ("restored order in X and arrested 46",
"hours after gunmen stormed a wing" of a sentence set in a prison, "in Darkhan, where a crowd
tried to block the station"); else a word pointing back ("there", "the town") takes the place
told just before it. A researcher codes a happening at a place the way a reader follows it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from wiredesk.extract._registry import Context
from wiredesk.extract.events._grammar import clause_range, headline_end, lemma_of, spread_over
from wiredesk.extract.events._roles import aimed_preps, struck_object
from wiredesk.extract.events._trigger import Trigger
from wiredesk.extract.events.types import lexicon
from wiredesk.nlp.index import kids_of, words_over
from wiredesk.records import Place

# How a clause belongs to the one above it: coordinated, adverbial, an infinitive it tries,
# a noun subject of a verb that carries it ("Fighting was reported near X"), a gerund after a
# preposition ("after fighting between ..."). A reported clause (ccomp) keeps its own place.
_SHARING = ("conj", "advcl", "xcomp", "nsubj", "nsubjpass", "csubj")
_PREPOSED = ("pcomp", "pobj")
_NOUN_LINKS = ("pobj", "prep", "compound", "appos", "conj", "dobj")  # not its subject's
_SUBJECTS = ("nsubj", "nsubjpass")
_WIDE_KINDS = ("country", "admin1", "region")  # modifying a noun, it tells whose, not where


def place_of(doc: Doc, ctx: Context, trigger: Trigger) -> Place | None:
    """Where the event happened: its own clause's place, the place of the clause it belongs
    to, or the place a word of its clause points back to."""
    usable = [p for p in ctx.places if p.name]
    a, b = clause_range(trigger)
    own = [p for p in usable if a <= p.span[0] < b and located(doc, p, trigger)]
    if own:
        return _most_specific(doc, own, trigger)
    return _shared(doc, ctx, usable, trigger) or _pointed_back(doc, usable, trigger, (a, b))


def _most_specific(doc: Doc, found: list[Place], trigger: Trigger, word: Token | None = None
                   ) -> Place:
    """The most specific place, nearest `word` (the trigger's, or the clause's it shares); a
    named site the event is done to ("hit the Al-Nour hospital in El Fasher") is its target,
    so the town wins."""
    kinds = lexicon()["places"]["kinds"]
    at = (word or trigger.word).idx
    return min(
        found,
        key=lambda p: (
            p.kind == "feature" and _done_to(doc, p.span, trigger),
            kinds.index(p.kind) if p.kind in kinds else len(kinds),
            abs(p.span[0] - at),
        ),
    )


def _done_to(doc: Doc, span: tuple[int, int], trigger: Trigger) -> bool:
    """True for a place that is the trigger's object: "hit the hospital"."""
    words = words_over(doc, span[0], span[1])
    return words is not None and words.root.dep_ == "dobj" and words.root.head == trigger.head


def located(doc: Doc, place: Place, trigger: Trigger) -> bool:
    """True for "near Dobropillia", "in Russia's Tatarstan region", "south of the Litani",
    "sent troops to Alamata", "attacked the town of X", "hit Hamidiya camp", "on the road to
    Garu"; False for "US president", "attacked U.S. warships"."""
    words = words_over(doc, place.span[0], place.span[1])
    if words is None:
        return False
    conf = lexicon()["places"]
    tok = words.root
    modifies = False  # "Iran's nuclear sites", "U.S. warships" are no place
    while tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head != tok:
        modifies, tok = True, tok.head
    for _ in range(3):  # "the town of X", "the outskirts of the town of X"
        if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"):
            break
        tok = tok.head.head
        if tok.lower_ in conf["directions"]:  # "south of the Litani River"
            return True
    if tok.dep_ == "dobj" and tok.head == trigger.head:
        whose = modifies and not _site_named(tok, place)  # "Hamidiya camp" is where; "U.S." whose
        return (trigger.kind in conf["object_types"] or spread_over(trigger)) and not whose
        # "visit Kabul", "protests swept Cuba"
    preps = conf["prepositions"]
    if trigger.kind in lexicon()["targets"]["destination"]:
        preps = [*preps, "to"]
    objects = [c for c in kids_of(trigger.head) if c.dep_ == "dobj"]
    if tok.head.head == trigger.head and tok.head.lower_ in aimed_preps(trigger.kind) and not (
            struck_object(objects, trigger.word)):
        return False  # "called on the United States": whom, not where
    if place.partial:
        return False  # "hit targets, including in the Poltava region": some of it was there
    return tok.dep_ == "pobj" and (tok.head.lower_ in preps or _along_route(tok))


def told_places(doc: Doc, ctx: Context) -> list[tuple[int, int, Place]]:
    """The places a report tells something happening at, where it tells them and where their
    sentence starts, at which an unplaced act told after them may have happened ("Gunmen
    stormed a checkpoint near Ndola. They killed two guards"): a place hung on a locating
    preposition ("in", "near", "in the village of"), or standing as a clause's subject or
    object ("Honiara woke to smoke"), a town or a district ([places] carried_kinds: a country
    says little, a site or a street too much); never one telling whose ("Iran's sites"), a
    point to measure from ("north of Kumanovo"), where something was said ("told reporters
    in Nairobi"), the dateline's or a hyphened modifier's."""
    conf = lexicon()["places"]
    out = []
    for place in ctx.places:
        words = words_over(doc, place.span[0], place.span[1])
        if (words is None or not place.name or place.demonym or place.compound
                or place.in_dateline or place.partial or place.span[0] < headline_end(doc)
                or place.kind not in lexicon()["places"]["carried_kinds"]):
            continue  # a country told says little of where an act happened, a site too much
        tok = words.root
        while tok.dep_ in ("compound", "amod", "nmod") and tok.head != tok:
            tok = tok.head  # "the Vilnius Frontier District"
        if tok.dep_ == "poss":
            continue  # "Iran's nuclear sites": whose
        for _ in range(3):  # "the village of X", not "the governor of X"
            if not (tok.dep_ == "pobj" and tok.head.lower_ == "of"
                    and tok.head.head.lower_ in (*conf["town_nouns"], *conf["directions"])):
                break
            tok = tok.head.head
        if tok.lower_ in conf["directions"]:
            continue  # "north of Kumanovo": where it is measured from
        while tok.dep_ in ("appos", "conj") and tok.head != tok:
            tok = tok.head  # "in Vaksince, Lipkovo municipality", "in X and Y"
        at = tok.dep_ == "pobj" and tok.head.lower_ in conf["prepositions"]
        if at and is_cue(ctx, tok.head.head):
            continue  # "told journalists in Banjul that ...": where it was said
        if at or tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            out.append((place.span[0], words.sent.start_char, place))
    return out


def _site_named(noun: Token, place: Place) -> bool:
    """True for a town or feature naming the site noun it stands before: "Hamidiya camp",
    "the Ngweze market"; a country before it ("Iranian sites") tells whose."""
    return place.kind not in _WIDE_KINDS and lemma_of(noun) in lexicon()["agents"]["sites"]


def _along_route(tok: Token) -> bool:
    """True for the end of a route: "on the road to Garu", "between Bossangoa and Bouca"."""
    conf = lexicon()["places"]
    prep = tok.head
    return prep.lower_ in conf["route_prepositions"] and prep.head.lower_ in conf["route_nouns"]


def _shared(doc: Doc, ctx: Context, usable: list[Place], trigger: Trigger) -> Place | None:
    """The place of the clause the trigger's clause belongs to, up to three clauses up; never
    across a reporting verb (where a thing was said is not where it happened)."""
    if (where := _where_clause(doc, usable, trigger.head)) is not None:
        return where
    node = trigger.head
    for up in governors(ctx, trigger):
        links = _NOUN_LINKS + (_SUBJECTS if node.dep_ == "xcomp" else ())  # "Workers at the
        # mine in Erdenet voted to strike": whom the infinitive's doers are, where they are
        found = [p for p in usable if _attached(doc, p, up, links)]
        node = up
        if found:
            return _most_specific(doc, found, trigger, up)
        if (where := _where_clause(doc, usable, up)) is not None:
            return where
    return None


def governors(ctx: Context, trigger: Trigger) -> Iterator[Token]:
    """The words whose clauses the trigger's clause belongs to, nearest first, up to three,
    stopping before a reporting verb."""
    node = trigger.head
    for _ in range(3):
        up = _governor(node)
        if up is None or is_cue(ctx, up):
            return
        yield up
        node = up


def _governor(node: Token) -> Token | None:
    """The word whose clause `node`'s clause belongs to, or None for a clause of its own."""
    if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids_of(node)):
        return None  # "set fire to houses in Chai, and a health centre in X was looted"
    if node.dep_ in ("nsubj", "nsubjpass", "csubj") and node.head.pos_ == "AUX":
        return None  # "The strike was the deadliest in the city this month": a judgement
    if node.dep_ in _SHARING and node.head != node:
        return node.head
    if node.dep_ in _PREPOSED and node.head.dep_ == "prep":
        return node.head.head  # "declared in Port Vila after fighting": the declaring's place
    return None


def _where_clause(doc: Doc, usable: list[Place], node: Token) -> Place | None:
    """The place a relative "where" clause hangs on: "in Darkhan, where a crowd tried ..."."""
    if node.dep_ != "relcl":
        return None
    words = lexicon()["places"]["where_words"]
    if not any(c.lower_ in words for c in kids_of(node)):
        return None
    return next((p for p in usable if _holds(doc, p, node.head)), None)


def _holds(doc: Doc, place: Place, tok: Token) -> bool:
    """True when `tok` is the head word of the place's name."""
    words = words_over(doc, place.span[0], place.span[1])
    return words is not None and words.root == tok


def _attached(doc: Doc, place: Place, verb: Token, links: tuple[str, ...]) -> bool:
    """True for a town or site put where `verb` happened by a locating preposition on the verb
    or on one of its objects: "cleared a blockade on National Route 52 near the town of X"
    (a country shared is a guess at best: "impose sanctions on Rwanda and demand ...")."""
    words = words_over(doc, place.span[0], place.span[1])
    if words is None or place.compound or place.demonym or place.kind in _WIDE_KINDS:
        return False
    conf = lexicon()["places"]
    path = path_to(words.root, verb, links, 8)
    if path is None:
        return False
    placed = False
    for tok in path[:-1]:
        if tok.dep_ == "pobj":
            prep = tok.head
            of_town = prep.lower_ == "of" and prep.head.lower_ in conf["town_nouns"]
            placed = placed or prep.lower_ in conf["prepositions"] or _along_route(tok)
            if not (placed or of_town):
                return False
    return placed


def is_cue(ctx: Context, tok: Token) -> bool:
    """True for a word that is the cue of a reported saying."""
    return any(a.cue is not None and a.cue.span[0] <= tok.idx < a.cue.span[1]
               for a in ctx.attributions)


def _pointed_back(
    doc: Doc, usable: list[Place], trigger: Trigger, clause: tuple[int, int]
) -> Place | None:
    """The place told just before a word of the trigger's own clause that points back at one:
    "attacked the police station there", "launched an offensive on the town"; never the
    dateline's (where the report was filed), and "the town" only a town."""
    conf = lexicon()["places"]
    a, b = clause
    back = [
        t for t in words_over(doc, a, b) or ()
        if (t.lower_ in conf["back_adverbs"] or _back_noun(t))
        and _hangs_on(t, trigger.head)
    ]
    if not back:
        return None
    word = back[0]
    kinds = conf["back_nouns"].get(word.lower_, conf["back_adverb_kinds"])
    before = [
        p for p in usable
        if p.span[1] <= word.idx and not (p.demonym or p.compound or p.in_dateline)
        and (_told_as(doc, p, word.lower_)
             or (p.kind in kinds and word.idx - p.span[0] <= conf["back_reach"]))
    ]
    # "the same camp" is the place last told as a camp, however far back; else the last told
    return max(before, key=lambda p: (_told_as(doc, p, word.lower_), p.span[0]), default=None)


def _hangs_on(tok: Token, verb: Token) -> bool:
    """True for a word of `verb`'s own clause, hung on it through nouns and prepositions."""
    return path_to(tok, verb, None, 6) is not None


def path_to(tok: Token, verb: Token, links: tuple[str, ...] | None, steps: int
            ) -> list[Token] | None:
    """The words from `tok` up to `verb` through the dependencies `links` (any when None),
    passing no other verb; None when `tok` hangs elsewhere."""
    path = [tok]
    for _ in range(steps):
        if tok == verb:
            return path
        if (links is not None and tok.dep_ not in links) or tok.head == tok:
            return None
        tok = tok.head
        path.append(tok)
        if tok != verb and tok.pos_ in ("VERB", "AUX"):
            return None
    return path if tok == verb else None


def _back_noun(tok: Token) -> bool:
    """"the town", "the same camp": a place noun with a determiner and no name or "of" of its
    own ("the La Boca neighbourhood" and "the town of X" are named)."""
    conf = lexicon()["places"]
    kids = kids_of(tok)
    return (
        tok.lower_ in conf["back_nouns"] and tok.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in conf["back_determiners"] for c in kids)
        and not any(c.dep_ == "prep" or c.pos_ == "PROPN" for c in kids)
    )


def _told_as(doc: Doc, place: Place, noun: str) -> bool:
    """True for a place whose mention or the word after it is `noun` ("Hamidiya camp")."""
    after = doc.text[place.span[1]:place.span[1] + len(noun) + 1].strip().lower()
    return noun in place.text.lower() or after == noun or place.area == noun
