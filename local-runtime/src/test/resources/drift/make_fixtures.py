#!/usr/bin/env python3
"""Writes the drift fixtures that DriftEqualsSciPyTest and DriftDatasetTest check.

Run from this folder with NumPy and SciPy installed: python3 make_fixtures.py

Every value comes from a fixed seed, so running it again writes the same files. Values are
rounded to 6 decimals before anything is computed, so the JSON and CSV files hold exactly the
doubles both sides work on.

Each statistic is SciPy's, with Evidently's defaults around it (github.com/evidentlyai/evidently,
src/evidently/legacy/calculations/stattests):
- ks: scipy.stats.ks_2samp(reference, current), method "auto" (exact while both sizes are at most
  10000, asymptotic above).
- chisquare: scipy.stats.chisquare(f_obs=current counts, f_exp=reference counts scaled to the
  current size), over the union of the categories.
- z: the two-proportion z statistic of Evidently's z_stattest (indicator: not the first category in
  sorted order); p = 2 * norm.sf(|z|) (Evidently writes 2 * (1 - norm.cdf(|z|)), equal to 1e-16).
- wasserstein: scipy.stats.wasserstein_distance(reference, current) / max(np.std(reference), 0.001).
- jensenshannon: scipy.spatial.distance.jensenshannon(reference shares, current shares), natural log.
- psi: sum((r - c) * ln(r / c)) over the shares, empty bins filled as Evidently fills them.
Shares: numeric columns with more than 20 distinct reference values use
np.histogram_bin_edges(reference + current, bins="sturges"); others one bin per value.
"""

import csv
import json
import math
from pathlib import Path

import numpy as np
import scipy
from scipy import stats
from scipy.spatial import distance

SEED = 20261201
# Under no drift a p-value test still says "drift" 5 % of the time, so the acceptance datasets
# (12 unshifted feature comparisons) use a seed under which none does: the first seed counting
# up from 1 whose verdicts are the intended ones, so a test failing on them means the engine moved.
DATASET_SEED = 2
HERE = Path(__file__).resolve().parent
rng = np.random.default_rng(SEED)


def numbers(values):
    return [float(v) for v in np.round(np.asarray(values, dtype=float), 6)]


def normal(n, mean=0.0, sd=1.0):
    return numbers(rng.normal(mean, sd, n))


def categories(n, names, weights, generator=None):
    weights = np.asarray(weights, dtype=float)
    return [str(v) for v in (generator or rng).choice(names, size=n, p=weights / weights.sum())]


def counts(values, keys):
    found = {key: 0 for key in keys}
    for value in values:
        found[value] += 1
    return [found[key] for key in keys]


def shares(reference, current, numeric, fill_zeroes):
    if numeric and len(set(reference)) > 20:
        edges = np.histogram_bin_edges(np.asarray(reference + current), bins="sturges")
        ref = np.histogram(np.asarray(reference), edges)[0] / len(reference)
        cur = np.histogram(np.asarray(current), edges)[0] / len(current)
    else:
        keys = sorted(set(reference) | set(current))
        ref = np.asarray(counts(reference, keys)) / len(reference)
        cur = np.asarray(counts(current, keys)) / len(current)
    if fill_zeroes:
        for part in (ref, cur):
            smallest = min(part[part != 0])
            np.place(part, part == 0, smallest / 10**6 if smallest <= 0.0001 else 0.0001)
    return ref, cur


def ks(reference, current):
    result = stats.ks_2samp(reference, current)
    return float(result.statistic), float(result.pvalue)


def chisquare(reference, current):
    keys = sorted(set(reference) | set(current))
    scale = len(current) / len(reference)
    expected = [count * scale for count in counts(reference, keys)]
    result = stats.chisquare(counts(current, keys), expected)
    return float(result.statistic), float(result.pvalue)


def z_test(reference, current):
    if len(set(reference)) == 1 and len(set(current)) == 1 and reference[0] == current[0]:
        return 0.0, 1.0
    first = sorted(set(reference) | set(current))[0]
    n1, n2 = len(reference), len(current)
    p1 = sum(0 if v == first else 1 for v in reference) / n1
    p2 = sum(0 if v == first else 1 for v in current) / n2
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    z = (p1 - p2) / math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2))
    return z, float(2 * stats.norm.sf(abs(z)))


def wasserstein(reference, current):
    norm = max(float(np.std(reference)), 0.001)
    return float(stats.wasserstein_distance(reference, current)) / norm, None


def jensenshannon(reference, current, numeric):
    ref, cur = shares(reference, current, numeric, fill_zeroes=False)
    return float(distance.jensenshannon(ref, cur)), None


def psi(reference, current, numeric):
    ref, cur = shares(reference, current, numeric, fill_zeroes=True)
    return float(np.sum((ref - cur) * np.log(ref / cur))), None


def case(name, test, reference, current, shifted):
    numeric = isinstance(reference[0], float)
    if test == "ks":
        statistic, p_value = ks(reference, current)
    elif test == "chisquare":
        statistic, p_value = chisquare(reference, current)
    elif test == "z":
        statistic, p_value = z_test(reference, current)
    elif test == "wasserstein":
        statistic, p_value = wasserstein(reference, current)
    elif test == "jensenshannon":
        statistic, p_value = jensenshannon(reference, current, numeric)
    else:
        statistic, p_value = psi(reference, current, numeric)
    return {
        "name": name,
        "test": test,
        "type": "numeric" if numeric else "categorical",
        "shifted": shifted,
        "statistic": statistic,
        "pValue": p_value,
        "reference": reference,
        "current": current,
    }


def poisson(n, lam):
    return numbers(rng.poisson(lam, n))


def counts_up_to_3(n):
    return numbers(rng.poisson(1.0, n).clip(0, 3))


def statistic_cases():
    colours = ["blue", "green", "red", "yellow"]
    return [
        case("ks equal sizes, same normal", "ks", normal(200), normal(200), False),
        case("ks equal sizes, mean +0.5", "ks", normal(200), normal(200, 0.5), True),
        case("ks unequal sizes, same normal", "ks", normal(300), normal(450), False),
        case("ks unequal sizes, sd x2", "ks", normal(300), normal(450, 0, 2), True),
        case("ks coprime sizes, mean +0.2", "ks", normal(997), normal(1000, 0.2), True),
        case("ks small, same", "ks", normal(23), normal(31), False),
        case("ks ties (counts), same", "ks", poisson(400, 6), poisson(350, 6), False),
        case("ks ties (counts), lambda 6 to 7", "ks", poisson(400, 6), poisson(350, 7), True),
        case("ks asymptotic (current over 10000), same", "ks", normal(150), normal(10001), False),
        case("ks asymptotic (current over 10000), mean +0.3", "ks", normal(150), normal(10001, 0.3), True),
        case("chisquare four colours, same", "chisquare",
             categories(500, colours, [4, 3, 2, 1]), categories(400, colours, [4, 3, 2, 1]), False),
        case("chisquare four colours, weights reversed", "chisquare",
             categories(500, colours, [4, 3, 2, 1]), categories(400, colours, [1, 2, 3, 4]), True),
        case("chisquare numeric with 4 values, same", "chisquare", counts_up_to_3(600), counts_up_to_3(300), False),
        case("chisquare a colour only in current", "chisquare",
             categories(300, colours[:3], [1, 1, 1]), categories(300, colours, [1, 1, 1, 1]), True),
        case("z two values, same", "z", categories(400, ["no", "yes"], [7, 3]), categories(350, ["no", "yes"], [7, 3]), False),
        case("z two values, share of yes 0.3 to 0.45", "z",
             categories(400, ["no", "yes"], [7, 3]), categories(350, ["no", "yes"], [55, 45]), True),
        case("z one value on both sides", "z", ["yes"] * 50, ["yes"] * 60, False),
        case("wasserstein same normal", "wasserstein", normal(2000, 5, 2), normal(1500, 5, 2), False),
        case("wasserstein mean +0.5 sd", "wasserstein", normal(2000, 5, 2), normal(1500, 6, 2), True),
        case("wasserstein constant reference (norm floor)", "wasserstein", [3.0] * 1200, normal(1300, 3.0002, 0.0001), True),
        case("jensenshannon colours, same", "jensenshannon",
             categories(3000, colours, [4, 3, 2, 1]), categories(2500, colours, [4, 3, 2, 1]), False),
        case("jensenshannon colours, weights reversed", "jensenshannon",
             categories(3000, colours, [4, 3, 2, 1]), categories(2500, colours, [1, 2, 3, 4]), True),
        case("jensenshannon numeric in Sturges bins, sd x1.5", "jensenshannon",
             normal(2500), normal(2048, 0, 1.5), True),
        case("jensenshannon numeric 1024 + 1024 values (integral bin count)", "jensenshannon",
             normal(1024), normal(1024), False),
        case("psi numeric in Sturges bins, same", "psi", normal(2000), normal(2000), False),
        case("psi numeric in Sturges bins, mean +1 (empty bins filled)", "psi", normal(2000), normal(2000, 1), True),
        case("psi colours, a colour only in current", "psi",
             categories(1000, colours[:3], [1, 1, 1]), categories(1000, colours, [1, 1, 1, 1]), True),
        case("psi few numeric values", "psi", poisson(500, 1.5), poisson(500, 1.5), False),
    ]


FEATURES = ["age", "income", "visits", "score", "plan", "region"]
SHIFTED = {"income", "plan", "score"}


def dataset(rng, rows, shifted):
    """Six features; in the current data (shifted=True) income, score and plan move."""
    move = 1 if shifted else 0
    return {
        "age": numbers(rng.normal(40, 10, rows)),
        "income": numbers(rng.lognormal(10 + 0.5 * move, 0.4, rows)),
        "visits": numbers(rng.poisson(1.2, rows).clip(0, 4)),
        "score": numbers(rng.uniform(0, 1 + 0.5 * move, rows)),
        "plan": categories(rows, ["basic", "plus", "pro"], [6, 3, 1] if not shifted else [3, 3, 4], rng),
        "region": categories(rows, ["east", "north", "south", "west"], [1, 1, 1, 1], rng),
    }


def write_csv(path, columns):
    names = list(columns)
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(names)
        for row in zip(*(columns[name] for name in names)):
            writer.writerow([repr(v) if isinstance(v, float) else v for v in row])


def default_test(reference, current, numeric):
    distinct = len(set(reference) | set(current))
    if len(reference) <= 1000:
        if numeric and distinct > 5:
            return "ks"
        return "chisquare" if distinct > 2 else "z"
    if numeric and distinct > 5:
        return "wasserstein"
    return "jensenshannon"


def expected_report(reference, current):
    features = []
    for name in FEATURES:
        ref, cur = reference[name], current[name]
        numeric = isinstance(ref[0], float)
        test = default_test(ref, cur, numeric)
        computed = case(name, test, ref, cur, name in SHIFTED)
        statistic, p_value = computed["statistic"], computed["pValue"]
        if test == "ks":
            drift, threshold = p_value <= 0.05, 0.05
        elif p_value is not None:
            drift, threshold = p_value < 0.05, 0.05
        else:
            drift, threshold = statistic >= 0.1, 0.1
        features.append({
            "feature": name,
            "type": "numeric" if numeric else "categorical",
            "test": test,
            "statistic": statistic,
            "pValue": p_value,
            "threshold": threshold,
            "drift": bool(drift),
            "psi": psi(ref, cur, numeric)[0],
        })
    drifted = sum(1 for f in features if f["drift"])
    return {"datasetDrift": drifted / len(features) >= 0.5, "features": features}


def write_datasets():
    # Evidently's chi-square takes the reference's shares as the expected ones, which ignores the
    # reference's own sampling noise; a reference twice the current keeps that small.
    rng = np.random.default_rng(DATASET_SEED)
    for label, reference_rows, current_rows in (("small", 1000, 500), ("large", 3000, 3000)):
        reference = dataset(rng, reference_rows, shifted=False)
        unshifted = dataset(rng, current_rows, shifted=False)
        shifted = dataset(rng, current_rows, shifted=True)
        write_csv(HERE / f"{label}-reference.csv", reference)
        write_csv(HERE / f"{label}-current-unshifted.csv", unshifted)
        write_csv(HERE / f"{label}-current-shifted.csv", shifted)
        expected = {
            "unshifted": expected_report(reference, unshifted),
            "shifted": expected_report(reference, shifted),
        }
        (HERE / f"{label}-expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")


def main():
    fixture = {
        "made_by": "make_fixtures.py",
        "seed": SEED,
        "numpy": np.__version__,
        "scipy": scipy.__version__,
        "cases": statistic_cases(),
    }
    (HERE / "scipy-statistics.json").write_text(json.dumps(fixture) + "\n", encoding="utf-8")
    write_datasets()


if __name__ == "__main__":
    main()
