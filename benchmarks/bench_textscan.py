"""Taalscan throughput, scaling, parallel speed-up and memory — figures, not tests.

    .venv/bin/python benchmarks/bench_textscan.py            # 50 MB, 200 files, 500 MB memory run
    .venv/bin/python benchmarks/bench_textscan.py --quick    # 10 MB, 100 files, 100 MB
    .venv/bin/python benchmarks/bench_textscan.py --only-parallel --rounds 7
    .venv/bin/python benchmarks/bench_textscan.py --text rapport.txt   # your own text

The text is generated deterministically from Dutch sentence templates (mostly neutral, with the
occasional vakman, generic *zijn*, (m/v) or coded word, as in real vacancy and school texts).
Every figure is printed next to its baseline from the same run: ``re.findall(r"\\w+", text)``
on the same text. Acceptance runs through the CLI, so the big-file and folder figures do too:
once as a user runs it (``--jobs auto``, the default: a long file is scanned in chunks on every
core) and once with ``--jobs 1`` (one process, like ``scan_text``), wall clock and CPU time.

The generated text is easy: it has few words the rules look at. Real Dutch text (the
programme's own report, real vacancies and school pages) costs four to five times as much per
megabyte; ``--text`` measures that on any file.
"""

from __future__ import annotations

import argparse
import io
import math
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path

PROSE = [
    "In {place} werd gisteren een nieuwe brug geopend voor fietsers en voetgangers.",
    "De gemeenteraad besprak het plan om meer bomen te planten langs de grachten.",
    "Volgens het weerbericht wordt het morgen droog met in de middag wat zon.",
    "Het museum in {place} verwacht deze zomer meer bezoekers dan vorig jaar.",
    "Op de markt worden verse groenten, kaas en bloemen uit de omgeving verkocht.",
    "De trein naar {place} vertrok door een storing met twintig minuten vertraging.",
    "Veel huishoudens kiezen tegenwoordig voor {object} om energie te besparen.",
    "De bibliotheek organiseert elke woensdag een voorleesuurtje voor jonge kinderen.",
    "Na de renovatie is het oude stadhuis weer open voor publiek.",
    "Het kabinet wil de komende jaren fors investeren in betaalbare woningen.",
    "In het voorjaar trekken duizenden vogels over de Waddenzee naar het noorden.",
    "De voetbalclub uit {place} won zaterdag met twee doelpunten verschil.",
    "Onderzoekers hebben een nieuwe methode ontwikkeld om plastic te recyclen.",
    "Het festival trok dit jaar ruim {number} duizend bezoekers naar het park.",
]
NEUTRAL = [
    "Je werkt in een klein team aan {object} voor {client} in de regio {place}.",
    "Wij bieden een goed salaris, een leaseauto en volop {benefit}.",
    "De opleiding duurt {years} jaar en combineert lessen op school met praktijk in een bedrijf.",
    "Tijdens de stage leer je hoe je {object} veilig installeert en onderhoudt.",
    "Studenten krijgen begeleiding van een docent en een praktijkopleider.",
    "Het bedrijf is gevestigd in {place} en heeft {number} medewerkers.",
    "Na je diploma kun je doorstromen naar het hbo of direct aan het werk.",
    "Wij zijn op zoek naar collega's die nieuwsgierig zijn en graag met techniek werken.",
    "In de praktijkhal oefen je met {object} en leer je storingen te verhelpen.",
    "De lessen beginnen om half negen en eindigen meestal rond vier uur.",
    "Op de open dag kun je kennismaken met docenten en studenten van de opleiding.",
    "Veiligheid staat voorop: je werkt volgens de regels van VCA en NEN {number}.",
]
MARKED = [
    "Wij zoeken een ervaren {term} (m/v) voor onze vestiging in {place}.",
    "De student regelt zelf zijn stage en meldt zich op tijd bij de coördinator.",
    "De monteur neemt zijn gereedschap mee en controleert {object} bij {client}.",
    "Ben jij een competitieve en zelfstandige {term} met oog voor detail?",
    "Techniek is allang geen mannenwereld meer, en stoere jongens zijn niet nodig.",
    "Onze medewerk(st)ers zijn zorgzaam en betrokken bij de klant.",
    "Anna is lerares en Jan, onze monteur, doet zijn werk met vakmanschap.",
]
FILL = {
    "object": ["warmtepompen", "zonnepanelen", "cv-ketels", "laadpalen", "schakelkasten"],
    "client": ["particulieren", "scholen", "zorginstellingen", "woningcorporaties"],
    "place": ["Zwolle", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Venlo"],
    "benefit": ["opleidingsmogelijkheden", "doorgroeikansen", "vrije dagen"],
    "term": ["installatievakman", "vakman", "ICT-vakman", "timmerman", "monteur"],
    "years": ["twee", "drie", "vier"],
    "number": ["12", "48", "250", "1010"],
}
_SLOT = re.compile(r"\{(\w+)\}")


#: Noun stems for the compounds of a news-sized vocabulary (*gemeenteraad, waterschapsbestuur*);
#: two of 167 are person heads, so about one compound in a hundred ends in one.
_STEM_TEXT = (
    "gemeente raad school water weg huis werk plan geld zorg bouw energie markt prijs stad land"
    " dorp wijk straat brug haven spoor trein bus fiets auto lucht vaart zee kust dijk polder"
    " boer bos park tuin veld natuur milieu klimaat warmte stroom gas olie zon wind net kabel"
    " data computer software website app telefoon post brief krant nieuws radio film muziek"
    " kunst museum theater feest sport club team wedstrijd beker titel seizoen training"
    " ziekte patiënt arts ziekenhuis apotheek medicijn vaccin onderzoek studie kennis"
    " boek les klas toets examen diploma cijfer rapport opleiding wet regel beleid budget"
    " belasting subsidie kosten winst verlies bank rente hypotheek woning huur koop verkoop"
    " winkel bedrijf fabriek kantoor product dienst klant order levering voorraad transport"
    " vracht container pakket verkeer ongeluk politie brand alarm nood hulp veiligheid"
    " defensie leger grens oorlog vrede verdrag overleg akkoord verkiezing partij kamer"
    " minister kabinet provincie regio europa jeugd ouder gezin kind baby voedsel brood"
    " melk vlees groente fruit koffie bier wijn restaurant hotel vakantie reis toerist"
    " man vrouw"
)
STEMS = tuple(_STEM_TEXT.split())


def _compound(rank: int) -> str:
    """The ``rank``-th compound of two or three stems (``rank`` picks the stems like digits)."""
    n = len(STEMS)
    first, second, third = rank % n, rank // n % n, rank // (n * n) % n
    parts = (
        [STEMS[first], STEMS[second]]
        if rank < n * n
        else [STEMS[third], STEMS[first], STEMS[second]]
    )
    return "s".join(parts[:-1]) + parts[-1] if rank % 7 == 0 else "".join(parts)


def generate(size: int, seed: int = 7, *, dense: bool = False, vocabulary: bool = False) -> str:
    """About ``size`` characters of Dutch paragraphs, the same for the same seed.

    Plain text is general prose with now and then a passage from a vacancy or school page
    (2% of sentences carry a finding); ``dense`` is all vacancy and school text (8%).
    ``vocabulary`` replaces one word in six of plain text by a compound drawn from a long-tailed
    distribution (Zipf), so that new words keep appearing as in real text (about 300,000
    distinct words in 50 MB, as news of a year has; the templates alone have a few hundred)."""
    rng = random.Random(seed)
    marked, base = (0.08, NEUTRAL) if dense else (0.02, PROSE)
    parts: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 7)):
            pool = MARKED if rng.random() < marked else base
            template = rng.choice(pool)
            sentences.append(_SLOT.sub(lambda m: rng.choice(FILL[m.group(1)]), template))
        if vocabulary:
            sentences = [_vary(rng, sentence) for sentence in sentences]
        paragraph = " ".join(sentences) + "\n\n"
        parts.append(paragraph)
        total += len(paragraph)
    return "".join(parts)[:size]


#: Ranks drawn log-uniformly up to two million: word frequency falls as 1 / rank (Zipf).
_LOG_RANKS = math.log(2_000_000)


def _vary(rng: random.Random, sentence: str) -> str:
    words = sentence.split(" ")
    for i in range(1, len(words) - 1):
        if rng.random() < 1 / 6 and words[i].isalpha() and words[i].islower():
            words[i] = _compound(int(math.exp(rng.random() * _LOG_RANKS)) - 1)
    return " ".join(words)


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def cli(*argv: str) -> None:
    from anderebril.cli import main

    with redirect_stdout(io.StringIO()):
        main(list(argv))


def generated(size: int, *, dense: bool = False, vocabulary: bool = False) -> tuple[str, str]:
    """Generated text of ``size`` characters and what to call it."""
    kind = "dense vacancy and school text" if dense else "plain Dutch text"
    if vocabulary:
        kind += " with a news-sized vocabulary"
    return generate(size, dense=dense, vocabulary=vocabulary), kind


def repeated(paths: list[Path], size: int) -> tuple[str, str]:
    """The text of ``paths`` (UTF-8), joined by blank lines and repeated to ``size``
    characters: to measure on real text, such as your own documents or the programme's
    report. Real text has far more words the rules look at than the generated text."""
    whole = "\n\n".join(path.read_text(encoding="utf-8") for path in paths) + "\n\n"
    times = size // len(whole) + 1
    names = ", ".join(path.name for path in paths)
    return (whole * times)[:size], f"the text of {names} ({len(whole) // 1000} kB, repeated)"


def throughput(size: int, folder: Path, text: str, kind: str, *, rounds: int = 3) -> None:
    """Baseline, engine and CLI measured in interleaved rounds, so a slow spell of a shared
    machine hits all alike; each figure is the median over the rounds of the ratio to the
    baseline measured just before it. Wall clock and CPU time (this process and its worker
    processes) are both printed: CPU time is what the scan costs, wall time is what a user
    waits. The CLI runs twice: as a user runs it (``--jobs auto``: a long file is scanned in
    chunks on every core) and in one process (``--jobs 1``), like the engine's figure."""
    from anderebril.textscan import scan_text
    from anderebril.textscan.parallel import available_cores

    file = folder / "groot.txt"
    file.write_text(text, encoding="utf-8")
    mb = len(text.encode()) / 1e6
    word = re.compile(r"\w+")
    small = text[: size // 10]
    steps: dict[str, Callable[[], object]] = {
        "baseline": lambda: word.findall(text),
        "scan_text": lambda: scan_text(text),
        "cli_one": lambda: cli("scan", "--format", "json", "-j", "1", "-o", "/dev/null", str(file)),
        "cli": lambda: cli("scan", "--format", "json", "-o", "/dev/null", str(file)),
    }
    steps["small"] = lambda: scan_text(small)
    wall: dict[str, list[float]] = {name: [] for name in steps}
    cpu: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(rounds):
        for name, step in steps.items():
            took, own, children = _timed_cpu(step)
            wall[name].append(took)
            cpu[name].append(own + children)

    def ratio(times: dict[str, list[float]], name: str, against: str = "baseline") -> float:
        return statistics.median(a / b for a, b in zip(times[against], times[name], strict=True))

    print(f"\n== throughput on {mb:.0f} MB of {kind}, {rounds} interleaved rounds (medians)")
    base = statistics.median(wall["baseline"])
    print(f"re.findall(r'\\w+')       {base:6.2f} s  {mb / base:6.1f} MB/s  (baseline)")
    labels = (
        ("scan_text", "scan_text (one process)"),
        ("cli_one", "anderebril scan --format json --jobs 1 FILE"),
        ("cli", f"anderebril scan --format json FILE (--jobs auto: {available_cores()} cores)"),
    )
    for name, label in labels:
        took = statistics.median(wall[name])
        print(
            f"{label}\n    {took:6.2f} s  {mb / took:6.1f} MB/s  = {ratio(wall, name):.2f}x "
            f"baseline wall, {ratio(cpu, name):.2f}x CPU (target >= 0.5)"
        )
    # scaling on dense text too: a rule that searches the whole text from every hit shows
    # there first (a name search once made 10 MB of dense text 7x slower than 2 MB)
    grow_wall = ratio(wall, "small", against="scan_text")  # median of big / small
    grow_cpu = ratio(cpu, "small", against="scan_text")
    print(
        f"\n== scaling on {kind}: 10x the text takes {grow_wall:.1f}x the time "
        f"({grow_cpu:.1f}x in CPU time; target <= 11)"
    )


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def machine_speedup() -> float:
    """What two processes gain on pure CPU work here: the ceiling for ``--jobs 2``."""
    from concurrent.futures import ProcessPoolExecutor

    def run(jobs: int) -> None:
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_burn, [3_000_000] * 8))

    return timed(lambda: run(1)) / timed(lambda: run(2))


def parallel(files: int, folder: Path, rounds: int) -> None:
    """``--jobs 1`` against ``--jobs 2`` in alternating rounds, each with its control.

    On a shared machine single runs swing widely, so every round is printed, and the figure
    is the best time of each (what the code can do when it gets the cores)."""
    corpus = folder / "map"
    corpus.mkdir()
    for i in range(files):
        (corpus / f"tekst-{i:04d}.txt").write_text(generate(250_000, seed=i), encoding="utf-8")
    from anderebril.textscan.engine import Scanner

    Scanner("nl")  # load the lexicon first, so that the first round does not pay for it
    print(f"\n== {files} files of 250 kB through the CLI, {rounds} rounds")
    ones: list[float] = []
    twos: list[float] = []
    estimates: list[float] = []
    for number in range(1, rounds + 1):
        one, one_cpu, _ = _timed_cpu(
            lambda: cli("scan", "--format", "json", "-j", "1", "-o", "/dev/null", str(corpus))
        )
        two, parent_cpu, workers_cpu = _timed_cpu(
            lambda: cli("scan", "--format", "json", "-j", "2", "-o", "/dev/null", str(corpus))
        )
        control = machine_speedup()
        ones.append(one)
        twos.append(two)
        # What two free cores would give: the parent's CPU time plus half the workers'.
        estimate = one_cpu / (parent_cpu + workers_cpu / 2)
        estimates.append(estimate)
        print(
            f"round {number}: --jobs 1 {one:5.2f} s, --jobs 2 {two:5.2f} s = {one / two:.2f}x; "
            f"control (pure CPU work in 2 processes) {control:.2f}x; load {_load()}"
        )
        print(
            f"         CPU: --jobs 1 {one_cpu:5.2f} s; --jobs 2 parent {parent_cpu:5.2f} s + "
            f"workers {workers_cpu:5.2f} s -> {estimate:.2f}x on two free cores"
        )
    ratios = sorted(a / b for a, b in zip(ones, twos, strict=True))
    print(
        f"--jobs 2 speed-up: best times {min(ones) / min(twos):.2f}x (target >= 1.6); "
        f"per round {ratios[0]:.2f}x to {ratios[-1]:.2f}x, median {ratios[len(ratios) // 2]:.2f}x"
    )
    estimates.sort()
    print(
        f"CPU-time estimate on two free cores: {estimates[0]:.2f}x to {estimates[-1]:.2f}x, "
        f"median {estimates[len(estimates) // 2]:.2f}x (ignores start-up of the workers and "
        "uneven shares)"
    )


def _timed_cpu(action: Callable[[], object]) -> tuple[float, float, float]:
    """Wall time, this process's CPU time and its finished children's CPU time of one call."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    child = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return wall, cpu, child


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text(encoding="ascii").split()[0]
    except OSError:
        return "?"


def memory(size: int, folder: Path) -> None:
    big = folder / "heel-groot.txt"
    block = generate(10_000_000, seed=99)
    with big.open("w", encoding="utf-8") as handle:
        for _ in range(max(1, size // len(block))):
            handle.write(block)
    mb = big.stat().st_size / 1e6
    # VmHWM (peak RSS) from /proc starts afresh at exec; ru_maxrss would include this process.
    code = (
        "import sys, resource; from anderebril.cli import main; "
        "main(['scan', '--format', 'json', '-o', '/dev/null', sys.argv[1]]); "
        "print([l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')][0]); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", code, str(big)], capture_output=True, text=True, check=True
    )
    took = time.perf_counter() - start
    *_, own, workers = out.stdout.strip().splitlines()
    peak, worker_peak = int(own) / 1024, int(workers) / 1024
    print(f"\n== memory: {mb:.0f} MB file through the CLI (--jobs auto) in {took:.1f} s")
    print(
        f"peak RSS {peak:.0f} MB, and {worker_peak:.0f} MB in the largest worker process "
        f"(the file is {mb:.0f} MB; bounded means far below it)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument("--size-mb", type=int, default=None)
    parser.add_argument("--files", type=int, default=None)
    parser.add_argument("--big-mb", type=int, default=None)
    parser.add_argument("--rounds", type=int, default=None, help="rounds of --jobs 1 and 2")
    parser.add_argument("--only-parallel", action="store_true", help="only the --jobs figure")
    parser.add_argument(
        "--text",
        type=Path,
        action="append",
        help="only the throughput on this file's text, repeated to the size (may be repeated)",
    )
    args = parser.parse_args()
    size = (args.size_mb or (10 if args.quick else 50)) * 1_000_000
    files = args.files or (100 if args.quick else 200)
    big = (args.big_mb or (100 if args.quick else 500)) * 1_000_000
    rounds = args.rounds or (3 if args.quick else 5)
    from anderebril.textscan import native

    print(f"taalscan engine: {native.status()}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.only_parallel:
            parallel(files, folder, rounds)
            return
        if args.text:
            throughput(size, folder, *repeated(args.text, size))
            return
        throughput(size, folder, *generated(size))
        throughput(size, folder, *generated(size, vocabulary=True))
        throughput(size // 5, folder, *generated(size // 5, dense=True))
        parallel(files, folder, rounds)
        memory(big, folder)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n(this process peaked at {own:.0f} MB RSS)")


if __name__ == "__main__":
    main()
