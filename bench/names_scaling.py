"""Names stage on long hostile texts: the cost must grow linearly with the text, never quadratically.

Each pattern is repeated to N/4 and N characters; ``find_persons`` runs on both and the
CPU-time ratio is printed (4 is linear; a quadratic step shows as about 16). Patterns: a
name repeated with its shorter forms (given names only, particle surname, title and
surname), many distinct names, a run of capitalised words, honorific mentions, and a
list of bare common surnames (which once cost 84 s for 300,000 characters: each bare
surname searched the whole text for its lower-case use). Run::

    .venv/bin/python bench/names_scaling.py [N]      # default N = 300000
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from newsclean.cleaners.names import find_persons  # noqa: E402
from newsclean.resources import load_default_gazetteer  # noqa: E402

GIVEN = ["John", "Mary", "Ahmed", "Olga", "Juan", "Li", "Kwame", "Priya", "Hans", "Sofia"]
SURNAMES = ["Smith", "Garcia", "Ivanov", "Okafor", "Chen", "Miller", "Rossi", "Kowalski", "Haddad", "Tanaka"]
PATTERNS = {
    "full + given names": "Juan Carlos Ferrero won. Juan Carlos said it was fine. ",
    "full + particle": "Mark van Gisbergen kicked. Van Gisbergen scored. ",
    "full + title": "Baroness Susan Greenfield spoke. Baroness Greenfield said so. ",
    "repeated full name": "Mr. Smith said that John Smith met Dr. Smith. ",
    "capitalised run": "The Big Red Company Of Northern Greater Westshire And Partners Limited Holdings ",
    "honorifics": "Mr Smith said. Mrs Smith said. Dr Smith said. Smith said. ",
    "surname list": "Smith, Jones, Brown, Taylor, Wilson, Davies, Evans, Thomas, Johnson, Roberts, ",
    "given name elsewhere": "Paul Scholes and Ryan played. Ryan scored for Gordon Smith. Brown said so. ",
    "two bearers of a gazetteer surname": "Bill Clinton met Hillary Clinton and Clinton said so. ",
    # this stop's rules: lists of things (links 6, tail 7), initials and one-word names (recall 13),
    # a middle letter without its full stop (recall 14)
    "lists of things": "Clubs like Everton, Wigan and Bolton. Sony Pictures, Walt Disney, Miramax and Buena Vista. ",
    "initials and one-word names": "VVS Laxman made 79. Laxman said. Cher said so. Beyonce and Jay Z met. ",
    "middle letter": "Judge Robert W Sweet ruled. Elan V McAllister said. ",
}


def distinct_names(n: int, sep: str = " said that. ") -> str:
    rnd = random.Random(0)
    parts: list[str] = []
    size = 0
    while size < n:
        parts.append(f"{rnd.choice(GIVEN)} {rnd.choice(SURNAMES)}{rnd.choice('abcdefghij')}{rnd.choice('klmnoprstu')}son{sep}")
        size += len(parts[-1])
    return "".join(parts)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    gaz = load_default_gazetteer()
    texts = {name: pat * (n // len(pat) + 1) for name, pat in PATTERNS.items()}
    texts["distinct names"] = distinct_names(n)
    # one list of distinct full names, each joined by a comma (tail 7 once compared every listed run
    # with every word of the article's runs)
    texts["list of distinct names"] = distinct_names(n, sep=", ")
    print(f"{'pattern':20} {'N/4 s':>7} {'N s':>7} {'ratio':>6}  mentions")
    worst = 0.0
    for name, text in texts.items():
        times = []
        for size in (n // 4, n):
            t = time.process_time()
            _, mentions = find_persons(text[:size], gazetteer=gaz)
            times.append(time.process_time() - t)
        ratio = times[1] / max(times[0], 1e-3)
        worst = max(worst, ratio)
        print(f"{name:20} {times[0]:7.2f} {times[1]:7.2f} {ratio:6.1f}  {len(mentions)}")
    print(f"worst ratio {worst:.1f} (4 = linear, 16 = quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
