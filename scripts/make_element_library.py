#!/usr/bin/env python3
"""Generate Sources/Spectra/Library/ElementLibraryData.swift from the LG4X-V2 element table.

Usage:
    scripts/make_element_library.py [CSV] [--output SWIFT_FILE]

CSV defaults to ../shared/data/reference/xps_data.csv beside the package root
(LG4X-V2 `Databases/xps_data.csv`, MIT licence, see LICENSE-LG4X-V2 next to it).
The output is one JSON document held in a Swift raw string literal; keys are sorted
and elements, lines and Auger transitions keep a fixed order, so running the script
twice on the same CSV writes byte-identical files. Python 3 standard library only.

What the script does, in order
------------------------------
1. Reads every element row (symbol, Al Kα photoemission lines with binding energy and
   Scofield sensitivity factor, C 1s = 1; Auger transitions with kinetic energy and
   sensitivity factor) and checks the row order against the periodic table (Z = 1 … 92).

2. Keeps only what Al Kα (hν = 1486.6 eV) can produce:
   * photoemission lines with binding energy BE < hν. The CSV also lists deeper levels
     (e.g. Al 1s 1559.6 eV, Pr 3s 1511 eV); those cannot be excited and are dropped.
     Every kept line must carry a real Scofield factor: the CSV's placeholder 0.0001
     on a kept line stops the script.
   * Auger transitions with kinetic energy KE < hν (so BE = hν − KE > 0) whose initial
     core hole (K → n = 1, L → n = 2, M → n = 3, N → n = 4) is itself reachable,
     i.e. the element has a kept photoemission line in that shell. This drops, e.g.,
     Al KLL (Al 1s 1559.6 eV > hν) and Br LMM (Br 2p 1550 eV > hν).
   * An Auger sensitivity factor of 0.0001 is the CSV's "no value" placeholder and is
     written as null (not given).

3. Spin–orbit doublets. A line "nlj" with l > 0 gets as partner the other component
   j' = l ∓ 1/2 of the same shell when the CSV lists it: splitting = BE(partner) −
   BE(line) in eV (signed; positive for the j = l + 1/2 line, whose partner lies at
   higher binding energy) and areaRatio = area(partner) / area(line) = (2j' + 1) / (2j + 1)
   (1:2 for p, 2:3 for d, 3:4 for f).
   * Only one component listed (Ce 4d3/2, Gd 4d5/2, Er 4f7/2, Tm 4f7/2), or the other
     component lies beyond hν (Sm 3p3/2, Eu 3p3/2, Tm 3d5/2): the line is kept as it
     is, with no partner (doubletPartner = null) and a note on the element. No partner
     is invented: the splitting would have to be guessed.
   * A combined label without j (e.g. "2p") would be kept as one line without partner,
     with a note. The current CSV has none; the summary says so.
   * Both components at the same BE (unresolved in the source, e.g. Ti 3p) or in
     inverted order (Na 2p, Co 3p) are kept as listed and noted on the element.

4. Corrections. The CSV energies are absorption-edge / X-ray-data values. For the main
   lines of every element — the strongest photoemission line by Scofield factor and
   every line with at least half of that factor — the script compares the value with
   handbook XPS values (REFERENCE_VALUES) and replaces those more than 1 eV off
   (CORRECTIONS). A corrected main line's doublet partner is moved with it, using the
   handbook spin–orbit splitting (listed in CORRECTIONS too). Each correction states the
   CSV value, the new value, the chemical state and the source. The script stops if a
   CSV value differs from the one the table expects, if a correction is not more than
   1 eV, or if a reference value differs from the final library value by more than
   1 eV (a correction would be missing). Main lines without a reference value are kept
   at the CSV value and listed as "not compared" in the summary. Noble gases (He, Ne,
   Ar, Kr, Xe, Rn) keep the CSV gas-phase values: there is no solid-state handbook value
   for the element (implanted-gas energies depend on the host by several eV), and they
   are outside the default element set.

5. Default element set: Li (Z = 3) to Tl (Z = 81) without the noble gases Ne, Ar, Kr,
   Xe and without Tc and Pm (radioactive, no stable isotope): 79 − 6 = 73 elements
   (He, the fifth noble gas of the suggested rule, has Z = 2 and lies outside the range
   anyway). The reproduced study used 76 elements of that range without publishing the
   list, so this set has 3 fewer. Elements outside the set stay in the library.

References
----------
Moulder, Stickle, Sobol, Bomben, Handbook of X-ray Photoelectron Spectroscopy,
    Perkin-Elmer Physical Electronics (1992).
NIST X-ray Photoelectron Spectroscopy Database, NIST SRD 20, version 4/5.
Beamson & Briggs, High Resolution XPS of Organic Polymers, Wiley (1992).
ISO 15472:2001 / Seah, Surf. Interface Anal. 31, 721 (2001): Cu 2p3/2 932.62,
    Ag 3d5/2 368.21, Au 4f7/2 83.95 eV (Al Kα, monochromated).
Scofield, J. Electron Spectrosc. Relat. Phenom. 8, 129 (1976): cross-sections.
"""

import argparse
import ast
import csv
import hashlib
import json
import math
import re
import sys
from pathlib import Path

PHOTON_ENERGY = 1486.6          # Al Kα, eV
PLACEHOLDER_SF = 0.0001         # the CSV's "no value" sensitivity factor
MAX_DEVIATION = 1.0             # eV; larger deviations of main lines are corrected
MAIN_LINE_FRACTION = 0.5        # main lines: sf ≥ 0.5 × strongest sf of the element

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = REPO_ROOT.parent / "shared" / "data" / "reference" / "xps_data.csv"
DEFAULT_OUTPUT = REPO_ROOT / "Sources" / "Spectra" / "Library" / "ElementLibraryData.swift"

ELEMENT_NAMES = [
    "Hydrogen", "Helium", "Lithium", "Beryllium", "Boron", "Carbon", "Nitrogen", "Oxygen",
    "Fluorine", "Neon", "Sodium", "Magnesium", "Aluminium", "Silicon", "Phosphorus",
    "Sulfur", "Chlorine", "Argon", "Potassium", "Calcium", "Scandium", "Titanium",
    "Vanadium", "Chromium", "Manganese", "Iron", "Cobalt", "Nickel", "Copper", "Zinc",
    "Gallium", "Germanium", "Arsenic", "Selenium", "Bromine", "Krypton", "Rubidium",
    "Strontium", "Yttrium", "Zirconium", "Niobium", "Molybdenum", "Technetium",
    "Ruthenium", "Rhodium", "Palladium", "Silver", "Cadmium", "Indium", "Tin", "Antimony",
    "Tellurium", "Iodine", "Xenon", "Caesium", "Barium", "Lanthanum", "Cerium",
    "Praseodymium", "Neodymium", "Promethium", "Samarium", "Europium", "Gadolinium",
    "Terbium", "Dysprosium", "Holmium", "Erbium", "Thulium", "Ytterbium", "Lutetium",
    "Hafnium", "Tantalum", "Tungsten", "Rhenium", "Osmium", "Iridium", "Platinum", "Gold",
    "Mercury", "Thallium", "Lead", "Bismuth", "Polonium", "Astatine", "Radon", "Francium",
    "Radium", "Actinium", "Thorium", "Protactinium", "Uranium",
]
ELEMENT_SYMBOLS = [
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S",
    "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga",
    "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd",
    "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd", "Pm",
    "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re", "Os",
    "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa",
    "U",
]
assert len(ELEMENT_NAMES) == len(ELEMENT_SYMBOLS) == 92

NOBLE_GASES = ("He", "Ne", "Ar", "Kr", "Xe", "Rn")
NO_STABLE_ISOTOPE = ("Tc", "Pm")
DEFAULT_RANGE = (3, 81)         # Li … Tl
EXCLUSION_RULE = (
    "Li (Z = 3) to Tl (Z = 81), excluding the noble gases Ne, Ar, Kr and Xe (not "
    "measurable as pure solids) and Tc and Pm (radioactive, no stable isotope): "
    "79 − 6 = 73 elements. The reproduced study used 76 elements of this range; its "
    "list is unpublished."
)

# ---------------------------------------------------------------------------------
# Corrections: (element, line, CSV value, corrected value, source). Energies in eV,
# Fermi-level referenced, for the element or, where the element is a gas, its common
# compound. Partner rows move the other doublet component by the handbook splitting.
# ---------------------------------------------------------------------------------
CORRECTIONS = [
    ("N", "1s", 409.9, 399.5,
     "N 1s 399.5 — organic nitrogen C–N (amines, amides 399–400 eV); "
     "Moulder et al. 1992, N 1s; Beamson & Briggs 1992. CSV value is gas-phase N2."),
    ("O", "1s", 543.1, 531.0,
     "O 1s 531.0 — surface oxide/hydroxide oxygen (e.g. Al2O3 ≈ 531; metal oxides "
     "529–530.5, hydroxides and C–O 531–533); Moulder et al. 1992, O 1s. CSV value is "
     "gas-phase O2."),
    ("F", "1s", 696.7, 685.0,
     "F 1s 685.0 — ionic metal fluorides (LiF, NaF, CaF2 684.5–685.5; PTFE C–F 689 "
     "not used); Moulder et al. 1992, F 1s; NIST SRD 20. CSV value is gas-phase F2."),
    ("P", "2p3/2", 135.0, 130.0,
     "P 2p3/2 130.0 — elemental (red/black) phosphorus, 129.9–130.2; Moulder et al. "
     "1992, P 2p; NIST SRD 20."),
    ("P", "2p1/2", 136.0, 130.9,
     "P 2p1/2 130.9 — partner of P 2p3/2 130.0 at the spin–orbit splitting 0.87 eV "
     "(NIST SRD 20; Thermo Fisher XPS reference, P 2p Δ = 0.87 eV)."),
    ("S", "2p3/2", 162.5, 164.0,
     "S 2p3/2 164.0 — elemental sulfur S8, 163.6–164.3; Moulder et al. 1992, S 2p; "
     "NIST SRD 20."),
    ("S", "2p1/2", 163.6, 165.2,
     "S 2p1/2 165.2 — partner of S 2p3/2 164.0 at the spin–orbit splitting 1.18 eV "
     "(NIST SRD 20)."),
    ("S", "2s", 230.9, 228.0,
     "S 2s 228.0 — elemental sulfur S8 (survey line ≈ 228; S 2s lies ≈ 64 eV above "
     "S 2p3/2 in sulfur compounds); Moulder et al. 1992, S survey."),
]

# ---------------------------------------------------------------------------------
# Handbook reference values used for the comparison of main lines (and of the usual
# analytical line where the main-line rule picks another one). Each: (element, line,
# value in eV, chemical state, source). The script fails if the library value differs
# from a reference by more than MAX_DEVIATION, so a missing correction cannot pass.
# ---------------------------------------------------------------------------------
M92 = "Moulder et al. 1992"
ISO = "ISO 15472:2001 (Seah 2001)"
REFERENCE_VALUES = [
    ("Be", "1s", 111.8, "Be metal", M92),
    ("B", "1s", 187.5, "elemental boron (187.1–188.0)", M92 + "; NIST SRD 20"),
    ("C", "1s", 284.5, "graphite", M92),
    ("N", "1s", 399.5, "organic C–N", M92),
    ("O", "1s", 531.0, "surface oxide/hydroxide", M92),
    ("F", "1s", 685.0, "metal fluorides", M92),
    ("Mg", "1s", 1303.0, "Mg metal", M92),
    ("Al", "2p3/2", 72.7, "Al metal", M92),
    ("Si", "2p3/2", 99.4, "elemental Si", M92),
    ("P", "2p3/2", 130.0, "elemental P", M92),
    ("P", "2s", 188.0, "elemental P (survey line)", M92),
    ("S", "2p3/2", 164.0, "S8", M92),
    ("S", "2s", 228.0, "S8 (survey line)", M92),
    ("Cl", "2p3/2", 200.2, "organic C–Cl (PVC); metal chlorides ≈ 198.5–199.5",
     "Beamson & Briggs 1992; " + M92),
    ("Ca", "2p3/2", 346.0, "Ca metal (CaO ≈ 346.5)", M92),
    ("Sc", "2p3/2", 398.5, "Sc metal", M92),
    ("Ti", "2p3/2", 454.0, "Ti metal", M92),
    ("V", "2p3/2", 512.2, "V metal", M92),
    ("Cr", "2p3/2", 574.2, "Cr metal", M92),
    ("Mn", "2p3/2", 638.8, "Mn metal", M92),
    ("Fe", "2p3/2", 706.8, "Fe metal", M92),
    ("Co", "2p3/2", 778.2, "Co metal", M92),
    ("Ni", "2p3/2", 852.6, "Ni metal", M92),
    ("Cu", "2p3/2", 932.62, "Cu metal", ISO),
    ("Zn", "2p3/2", 1021.7, "Zn metal", M92),
    ("Ga", "2p3/2", 1116.6, "Ga metal", M92),
    ("Ge", "2p3/2", 1217.0, "Ge element", M92),
    ("As", "3d5/2", 41.7, "elemental As", M92),
    ("Se", "3d5/2", 55.4, "elemental Se", M92),
    ("Br", "3d5/2", 68.7, "KBr", M92),
    ("Y", "3d5/2", 155.9, "Y metal", M92),
    ("Zr", "3d5/2", 178.9, "Zr metal", M92),
    ("Nb", "3d5/2", 202.3, "Nb metal", M92),
    ("Mo", "3d5/2", 227.9, "Mo metal", M92),
    ("Ru", "3d5/2", 280.1, "Ru metal", M92),
    ("Rh", "3d5/2", 307.2, "Rh metal", M92),
    ("Pd", "3d5/2", 335.1, "Pd metal", M92),
    ("Ag", "3d5/2", 368.21, "Ag metal", ISO),
    ("Cd", "3d5/2", 405.0, "Cd metal", M92),
    ("In", "3d5/2", 443.9, "In metal", M92),
    ("Sn", "3d5/2", 485.0, "Sn metal", M92),
    ("Sb", "3d5/2", 528.2, "Sb metal", M92),
    ("Te", "3d5/2", 573.0, "Te element", M92),
    ("I", "3d5/2", 619.3, "iodides (KI ≈ 619.0–619.3; I2 ≈ 620)", M92),
    ("Hf", "4f7/2", 14.2, "Hf metal", M92),
    ("Ta", "4f7/2", 21.8, "Ta metal", M92),
    ("W", "4f7/2", 31.4, "W metal", M92),
    ("Re", "4f7/2", 40.4, "Re metal", M92),
    ("Os", "4f7/2", 50.8, "Os metal", M92),
    ("Ir", "4f7/2", 60.9, "Ir metal", M92),
    ("Pt", "4f7/2", 71.1, "Pt metal", M92),
    ("Au", "4f7/2", 83.95, "Au metal", ISO),
    ("Hg", "4f7/2", 99.9, "Hg metal", M92),
    ("Tl", "4f7/2", 117.7, "Tl metal", M92),
    ("Pb", "4f7/2", 136.9, "Pb metal", M92),
    ("Bi", "4f7/2", 156.9, "Bi metal", M92),
    # Second components of metal doublets (handbook line pairs) and further main lines.
    ("Al", "2s", 118.0, "Al metal", M92),
    ("Ca", "2p1/2", 349.6, "Ca metal", M92),
    ("Sc", "2p1/2", 403.0, "Sc metal", M92),
    ("Ti", "2p1/2", 460.0, "Ti metal", M92),
    ("V", "2p1/2", 519.8, "V metal", M92),
    ("Cr", "2p1/2", 583.5, "Cr metal", M92),
    ("Mn", "2p1/2", 649.9, "Mn metal", M92),
    ("Fe", "2p1/2", 719.9, "Fe metal", M92),
    ("Co", "2p1/2", 793.2, "Co metal", M92),
    ("Ni", "2p1/2", 869.9, "Ni metal", M92),
    ("Cu", "2p1/2", 952.4, "Cu metal", M92),
    ("Zn", "2p1/2", 1044.8, "Zn metal", M92),
    ("Ga", "2p1/2", 1143.5, "Ga metal", M92),
    ("Ge", "2p1/2", 1248.1, "Ge element", M92),
    ("Y", "3d3/2", 157.9, "Y metal", M92),
    ("Zr", "3d3/2", 181.3, "Zr metal", M92),
    ("Nb", "3d3/2", 205.0, "Nb metal", M92),
    ("Mo", "3d3/2", 231.0, "Mo metal", M92),
    ("Mo", "3p3/2", 394.0, "Mo metal", M92),
    ("Ru", "3d3/2", 284.3, "Ru metal", M92),
    ("Rh", "3d3/2", 311.9, "Rh metal", M92),
    ("Pd", "3d3/2", 340.4, "Pd metal", M92),
    ("Pd", "3p3/2", 532.4, "Pd metal", M92),
    ("Ag", "3d3/2", 374.2, "Ag metal", M92),
    ("Ag", "3p3/2", 573.0, "Ag metal", M92),
    ("Cd", "3d3/2", 411.7, "Cd metal", M92),
    ("In", "3d3/2", 451.4, "In metal", M92),
    ("Sn", "3d3/2", 493.4, "Sn metal", M92),
    ("Sb", "3d3/2", 537.5, "Sb metal", M92),
    ("Te", "3d3/2", 583.4, "Te element", M92),
    ("I", "3d3/2", 630.8, "iodides", M92),
    ("Os", "4f5/2", 53.5, "Os metal", M92),
    ("Ir", "4f5/2", 63.9, "Ir metal", M92),
    ("Pt", "4f5/2", 74.4, "Pt metal", M92),
    ("Au", "4f5/2", 87.6, "Au metal", M92),
    ("Hg", "4f5/2", 103.9, "Hg metal", M92),
    ("Tl", "4f5/2", 122.1, "Tl metal", M92),
    ("Pb", "4f5/2", 141.8, "Pb metal", M92),
    ("Bi", "4f5/2", 162.2, "Bi metal", M92),
]

# Notes on source values that look wrong but that the script leaves alone because no
# handbook value is at hand with confidence. They are attached to the element.
SOURCE_CAVEATS = {
    "Hf": "4d: the CSV splitting 4d3/2 − 4d5/2 = 8.5 eV is below the neighbours' trend "
          "(Lu 9.8, Ta 11.5 eV); 4d3/2 is probably 1–2 eV too low but is left as listed.",
    "N": "2s (37.3 eV) is the gas-phase value of the CSV and is not corrected (not a main line).",
    "O": "2s (41.6 eV) is the gas-phase value of the CSV and is not corrected (not a main line).",
    "H": "1s 13.6 eV is the atomic ionisation energy; hydrogen gives no usable XPS line.",
}

ORBITAL = re.compile(r"^([1-7])([spdf])(?:([1-7])/2)?$")
L_OF = {"s": 0, "p": 1, "d": 2, "f": 3}


class SourceError(Exception):
    """The CSV or the tables above do not say what the script expects."""


def parse_list(text, where):
    """A CSV cell such as "['1s', '2s']" or "[409.9, 37.3]" as a Python list."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError) as error:
        raise SourceError(f"{where}: cannot read list {text!r} ({error})")
    if not isinstance(value, list):
        raise SourceError(f"{where}: expected a list, found {text!r}")
    return value


def parse_orbital(label, where):
    """(n, l, twice j or None) of a label such as '2p3/2', '1s', '2p'."""
    match = ORBITAL.match(label)
    if not match:
        raise SourceError(f"{where}: orbital label {label!r} is not n l [j/2]")
    n, letter, twice_j = int(match.group(1)), match.group(2), match.group(3)
    l = L_OF[letter]
    if twice_j is None:
        return n, l, (1 if l == 0 else None)
    twice_j = int(twice_j)
    if twice_j not in (2 * l - 1, 2 * l + 1):
        raise SourceError(f"{where}: j = {twice_j}/2 impossible for l = {l} in {label!r}")
    return n, l, twice_j


def as_float(value, where):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise SourceError(f"{where}: expected a finite number, found {value!r}")
    return float(value)


def read_rows(csv_path):
    with open(csv_path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        expected = ["symbol", "alka.trans", "alka.be", "alka.rsf", "aes.trans", "aes.ke", "aes.rsf"]
        if reader.fieldnames != expected:
            raise SourceError(f"{csv_path}: header {reader.fieldnames} differs from {expected}")
        rows = list(reader)
    if len(rows) != len(ELEMENT_SYMBOLS):
        raise SourceError(f"{csv_path}: {len(rows)} element rows, expected {len(ELEMENT_SYMBOLS)} (H … U)")
    for index, row in enumerate(rows):
        if row["symbol"] != ELEMENT_SYMBOLS[index]:
            raise SourceError(f"{csv_path}: row {index + 2} is {row['symbol']!r}, expected "
                              f"{ELEMENT_SYMBOLS[index]!r} (Z = {index + 1})")
    return rows


def build(csv_path):
    rows = read_rows(csv_path)
    summary = {"dropped_lines": [], "dropped_auger": [], "unpaired": [], "combined": [],
               "unresolved": [], "inverted": [], "not_compared": [], "checks": [],
               "corrections": []}
    corrections = {(e, o): (old, new, source) for e, o, old, new, source in CORRECTIONS}
    if len(corrections) != len(CORRECTIONS):
        raise SourceError("CORRECTIONS lists a line twice")
    used_corrections = set()
    elements = []

    for index, row in enumerate(rows):
        z, symbol = index + 1, row["symbol"]
        where = f"{csv_path}: {symbol}"
        labels = parse_list(row["alka.trans"], where + " alka.trans")
        energies = parse_list(row["alka.be"], where + " alka.be")
        factors = parse_list(row["alka.rsf"], where + " alka.rsf")
        if not (len(labels) == len(energies) == len(factors)):
            raise SourceError(f"{where}: {len(labels)} lines, {len(energies)} energies, {len(factors)} factors")
        auger_labels = parse_list(row["aes.trans"], where + " aes.trans")
        auger_ke = parse_list(row["aes.ke"], where + " aes.ke")
        auger_sf = parse_list(row["aes.rsf"], where + " aes.rsf")
        if not (len(auger_labels) == len(auger_ke) == len(auger_sf)):
            raise SourceError(f"{where}: {len(auger_labels)} Auger transitions, {len(auger_ke)} energies, "
                              f"{len(auger_sf)} factors")
        notes = []

        # Photoemission lines excited by Al Kα.
        lines, dropped = [], []
        for label, energy, factor in zip(labels, energies, factors):
            line_where = f"{where} {label}"
            energy = as_float(energy, line_where + " binding energy")
            factor = as_float(factor, line_where + " sensitivity factor")
            quantum = parse_orbital(label, line_where)
            if energy >= PHOTON_ENERGY:
                dropped.append(label)
                continue
            if energy <= 0:
                raise SourceError(f"{line_where}: binding energy {energy} eV, expected > 0")
            if factor <= PLACEHOLDER_SF:
                raise SourceError(f"{line_where}: placeholder sensitivity factor {factor} on a line "
                                  f"below hν; expected a Scofield value")
            if any(existing["orbital"] == label for existing in lines):
                raise SourceError(f"{line_where}: orbital listed twice")
            lines.append({"orbital": label, "bindingEnergy": energy, "sensitivityFactor": factor,
                          "quantum": quantum, "csv": energy})
        if not lines:
            raise SourceError(f"{where}: no line below hν = {PHOTON_ENERGY} eV")
        if dropped:
            summary["dropped_lines"].append(f"{symbol} {', '.join(dropped)}")
            notes.append(f"Lines with binding energy ≥ hν = {PHOTON_ENERGY} eV omitted: "
                         f"{', '.join(dropped)}.")

        # Main lines by Scofield factor (from the CSV factors, which are not corrected).
        strongest = max(line["sensitivityFactor"] for line in lines)
        main = {line["orbital"] for line in lines
                if line["sensitivityFactor"] >= MAIN_LINE_FRACTION * strongest}

        # Corrections.
        for line in lines:
            key = (symbol, line["orbital"])
            if key not in corrections:
                continue
            old, new, source = corrections[key]
            if line["csv"] != old:
                raise SourceError(f"{where} {line['orbital']}: CSV value {line['csv']} eV, the "
                                  f"correction table expects {old} eV")
            if abs(new - old) <= MAX_DEVIATION:
                raise SourceError(f"{where} {line['orbital']}: correction {old} → {new} eV is not "
                                  f"more than {MAX_DEVIATION} eV")
            line["bindingEnergy"] = new
            line["correction"] = {"sourceValue": old, "reference": source}
            used_corrections.add(key)
            summary["corrections"].append((symbol, line["orbital"], old, new, source))

        # Doublet partners (after corrections, so splittings use the final energies).
        by_shell = {}
        for line in lines:
            n, l, twice_j = line["quantum"]
            if l == 0:
                continue
            if twice_j is None:
                summary["combined"].append(f"{symbol} {line['orbital']}")
                notes.append(f"{line['orbital']} is a combined doublet line in the source; kept "
                             f"as one line without partner.")
                continue
            by_shell.setdefault((n, l), []).append(line)
        for (n, l), members in sorted(by_shell.items()):
            if len(members) == 1:
                only = members[0]
                other = f"{n}{'spdf'[l]}{(2 * l + 1) if only['quantum'][2] == 2 * l - 1 else (2 * l - 1)}/2"
                if other in dropped:
                    summary["unpaired"].append(f"{symbol} {only['orbital']} (partner {other} beyond hν)")
                    notes.append(f"{only['orbital']}: its spin–orbit partner {other} lies beyond hν and "
                                 f"is not excited; kept as one line without partner.")
                else:
                    summary["unpaired"].append(f"{symbol} {only['orbital']} (partner not in the source)")
                    notes.append(f"{only['orbital']}: the other spin–orbit component is not listed in "
                                 f"the source; kept as one line without partner.")
                continue
            if len(members) != 2:
                raise SourceError(f"{where}: {len(members)} components in shell n = {n}, l = {l}")
            for line, partner in ((members[0], members[1]), (members[1], members[0])):
                twice_j, partner_twice_j = line["quantum"][2], partner["quantum"][2]
                line["doubletPartner"] = {
                    "orbital": partner["orbital"],
                    "splitting": round(partner["bindingEnergy"] - line["bindingEnergy"], 6),
                    "areaRatio": (partner_twice_j + 1) / (twice_j + 1),
                }
            upper = next(m for m in members if m["quantum"][2] == 2 * l + 1)
            lower = next(m for m in members if m["quantum"][2] == 2 * l - 1)
            gap = round(lower["bindingEnergy"] - upper["bindingEnergy"], 6)
            if gap == 0:
                summary["unresolved"].append(f"{symbol} {n}{'spdf'[l]}")
                notes.append(f"{lower['orbital']} and {upper['orbital']} have the same binding energy "
                             f"in the source (unresolved doublet, splitting 0).")
            elif gap < 0:
                summary["inverted"].append(f"{symbol} {n}{'spdf'[l]} ({gap:+g} eV)")
                notes.append(f"{lower['orbital']} lies below {upper['orbital']} in the source "
                             f"(inverted doublet, {gap:+g} eV); kept as listed.")

        # Comparison of main lines with handbook values.
        references = {(e, o): (value, state, source) for e, o, value, state, source in REFERENCE_VALUES
                      if e == symbol}
        for line in lines:
            key = (symbol, line["orbital"])
            if key in references:
                value, state, source = references[key]
                deviation = line["bindingEnergy"] - value
                if abs(deviation) > MAX_DEVIATION + 1e-9:
                    raise SourceError(f"{where} {line['orbital']}: library {line['bindingEnergy']} eV is "
                                      f"{deviation:+.2f} eV from the handbook {value} eV ({state}); add a "
                                      f"correction")
                summary["checks"].append((symbol, line["orbital"], line["csv"], line["bindingEnergy"],
                                          value, state, line["orbital"] in main))
            elif line["orbital"] in main and symbol not in NOBLE_GASES:
                summary["not_compared"].append(f"{symbol} {line['orbital']}")
        for (e, orbital) in references:
            if not any(line["orbital"] == orbital for line in lines):
                raise SourceError(f"REFERENCE_VALUES: {e} {orbital} is not a line of the library")

        # Auger transitions reachable with Al Kα.
        reachable_shells = {line["quantum"][0] for line in lines}
        augers, dropped_auger = [], []
        for label, ke, factor in zip(auger_labels, auger_ke, auger_sf):
            auger_where = f"{where} Auger {label}"
            if not re.match(r"^[KLMNO][KLMNOV]{2}$", label):
                raise SourceError(f"{auger_where}: transition label {label!r} is not of the form KLL")
            ke = as_float(ke, auger_where + " kinetic energy")
            factor = as_float(factor, auger_where + " sensitivity factor")
            initial_shell = "KLMNO".index(label[0]) + 1
            if ke >= PHOTON_ENERGY or ke <= 0:
                dropped_auger.append(f"{label} (KE {ke:g} eV)")
                continue
            if initial_shell not in reachable_shells:
                dropped_auger.append(f"{label} (initial {label[0]} hole not excited)")
                continue
            augers.append({
                "transition": label,
                "kineticEnergy": ke,
                "bindingEnergy": round(PHOTON_ENERGY - ke, 6),
                "sensitivityFactor": None if factor <= PLACEHOLDER_SF else factor,
            })
        if dropped_auger:
            summary["dropped_auger"].append(f"{symbol} {', '.join(dropped_auger)}")
            notes.append(f"Auger transitions not produced by Al Kα omitted: {', '.join(dropped_auger)}.")

        if symbol in NOBLE_GASES:
            notes.append("Noble gas: the source values are gas-phase binding energies and are not "
                         "corrected (no solid-state handbook value; implanted-gas energies depend on "
                         "the host).")
        if symbol in NO_STABLE_ISOTOPE:
            notes.append("Radioactive, no stable isotope.")
        if symbol in SOURCE_CAVEATS:
            notes.append(SOURCE_CAVEATS[symbol])

        elements.append({
            "atomicNumber": z,
            "symbol": symbol,
            "name": ELEMENT_NAMES[index],
            "photoemissionLines": [
                {key: line[key] for key in ("orbital", "bindingEnergy", "sensitivityFactor",
                                            "doubletPartner", "correction") if key in line}
                for line in lines
            ],
            "augerLines": augers,
            "notes": notes,
        })

    unused = set(corrections) - used_corrections
    if unused:
        raise SourceError(f"CORRECTIONS entries match no line: {sorted(unused)}")

    default_set = [e["symbol"] for e in elements
                   if DEFAULT_RANGE[0] <= e["atomicNumber"] <= DEFAULT_RANGE[1]
                   and e["symbol"] not in NOBLE_GASES and e["symbol"] not in NO_STABLE_ISOTOPE]
    if len(default_set) != 73:
        raise SourceError(f"default set has {len(default_set)} elements, the stated rule gives 73")

    library = {
        "source": "LG4X-V2 Databases/xps_data.csv (MIT licence), corrected by "
                  "scripts/make_element_library.py",
        "photonEnergy": PHOTON_ENERGY,
        "defaultElementSet": default_set,
        "exclusionRule": EXCLUSION_RULE,
        "elements": elements,
    }
    return library, summary


def swift_source(library, csv_sha256):
    text = json.dumps(library, sort_keys=True, indent=1, ensure_ascii=False, allow_nan=False)
    if '"#' in text or "\\#" in text:
        raise SourceError("the JSON contains a sequence that would end the Swift raw string")
    header = (
        "// swift-format-ignore-file\n"
        "// Generated by scripts/make_element_library.py — do not edit; re-run the script.\n"
        "// Source: LG4X-V2 Databases/xps_data.csv (MIT licence; LICENSE-LG4X-V2 in\n"
        "// ../shared/data/reference), read from ../shared/data/reference/xps_data.csv,\n"
        f"// SHA-256 {csv_sha256}.\n"
        "// Lines beyond Al Kα dropped, doublet partners added and main-line binding energies\n"
        "// corrected as the script's CORRECTIONS table documents.\n\n"
    )
    return header + "/// The element library as one JSON document (see ElementLibrary.swift).\n" \
                    "let elementLibraryJSON = #\"\"\"\n" + text + "\n\"\"\"#\n"


def print_summary(library, summary, out):
    def section(title, items):
        print(f"\n{title} ({len(items)})", file=out)
        for item in items:
            print(f"  {item}", file=out)

    print(f"Element library: {len(library['elements'])} elements, "
          f"{sum(len(e['photoemissionLines']) for e in library['elements'])} photoemission lines, "
          f"{sum(len(e['augerLines']) for e in library['elements'])} Auger lines", file=out)
    print(f"Default set: {len(library['defaultElementSet'])} elements — {library['exclusionRule']}", file=out)
    print(f"\nCorrections ({len(summary['corrections'])}): element line  CSV → library (eV)", file=out)
    for symbol, orbital, old, new, source in summary["corrections"]:
        print(f"  {symbol:2} {orbital:6} {old:8.2f} → {new:8.2f}  {source}", file=out)
    print(f"\nHandbook comparison ({len(summary['checks'])}): element line  CSV  library  handbook  Δ  "
          f"[main]", file=out)
    for symbol, orbital, csv_value, value, reference, state, is_main in summary["checks"]:
        print(f"  {symbol:2} {orbital:6} {csv_value:8.2f} {value:8.2f} {reference:8.2f} "
              f"{value - reference:+5.2f} {'main' if is_main else '    '}  {state}", file=out)
    section("Main lines not compared (no handbook value in REFERENCE_VALUES; CSV value kept)",
            summary["not_compared"])
    section("Photoemission lines dropped (BE ≥ hν)", summary["dropped_lines"])
    section("Auger transitions dropped", summary["dropped_auger"])
    section("Doublet components without partner", summary["unpaired"])
    section("Combined doublet labels in the source", summary["combined"])
    section("Doublets unresolved in the source (splitting 0)", summary["unresolved"])
    section("Doublets inverted in the source", summary["inverted"])


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("csv", nargs="?", default=str(DEFAULT_CSV),
                        help="LG4X-V2 xps_data.csv (default: ../shared/data/reference/xps_data.csv)")
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="Swift file to write")
    args = parser.parse_args(argv)
    csv_path = Path(args.csv)
    try:
        raw = csv_path.read_bytes()
        library, summary = build(csv_path)
        source = swift_source(library, hashlib.sha256(raw).hexdigest())
    except (OSError, SourceError) as error:
        print(f"make_element_library: {error}", file=sys.stderr)
        return 1
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(source, encoding="utf-8")
    print_summary(library, summary, sys.stdout)
    print(f"\nWrote {output}", file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
