#!/usr/bin/env python3
"""Write Sources/Spectra/Library/PolymerLibraryData.swift from the hand-written table below.

The table gives, for each of the 104 polymers of Saddiq et al. (arXiv 2603.05350, 2026),
its repeat unit's formula, its core-level components (line, chemical environment, number
of atoms in that environment per repeat unit, binding energy in eV referenced to aliphatic
C 1s = 285.0 eV) and its labels among the paper's 40 functional groups.

Sources
  names, order and plain-alkane-carbon counts: shared/published/saddiq2026_polymers.json
  the 40 functional groups, in output order:   shared/published/saddiq2026_functional_groups.json
  chemical shifts: standard polymer values, G. Beamson and D. Briggs, High Resolution XPS
  of Organic Polymers: The Scienta ESCA300 Database (Wiley, 1992); O 1s ether/alcohol
  532.8, ketone and ester C=O 532.2, ester C-O 533.7 eV (Lopez et al., Surf. Interface
  Anal. 17, 267 (1991)). Values marked "isEstimate" are inferred by analogy or additivity
  of substituent shifts, not tabulated for that polymer.
  spin-orbit splittings: Cl 2p 1.6, S 2p 1.18, Si 2p 0.61, P 2p 0.87, Br 3d 1.05 eV.

Conventions
  * Hydrogen has no XPS line: it appears in the formula only.
  * One principal line per element (C 1s, O 1s, N 1s, F 1s, Na 1s, Si 2p, P 2p, S 2p,
    Cl 2p, Br 3d). For doublets the component energy is that of the stronger partner
    (2p3/2, 3d5/2); the partner's offset and area ratio are in "coreLevels".
  * pi->pi* shake-up satellites of aromatic rings are separate C 1s components with
    isSatellite = true: "count" is the number of aromatic ring carbons the satellite
    belongs to and "relativeIntensity" the satellite area as a fraction of their main-line
    area (so the satellite area is count x relativeIntensity atom equivalents). Satellites
    are not counted in the atom balance.
  * The label "alkane" is set exactly when the published count of plain alkane carbons
    per repeat unit is > 0 (saddiq2026_polymers.json); every other label is assigned
    here from the repeat unit's chemistry (the published files give no per-polymer groups).

Run from the package root:  python3 scripts/make_polymer_library.py
Python 3 standard library only. Output is deterministic.
"""

import json
import os
import re
import sys
from math import comb

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "published")
POLYMERS_JSON = os.path.join(SHARED, "saddiq2026_polymers.json")
GROUPS_JSON = os.path.join(SHARED, "saddiq2026_functional_groups.json")
WORST_CLASSES_CSV = os.path.join(SHARED, "saddiq2026_worst_classes.csv")
OUTPUT = os.path.join(ROOT, "Sources", "Spectra", "Library", "PolymerLibraryData.swift")

# ---------------------------------------------------------------------------------------
# Core levels: the principal line of each element and its spin-orbit partner.
# splitting = E(partner) - E(reported), eV; areaRatio = area(partner) / area(reported).
# ---------------------------------------------------------------------------------------
CORE_LEVELS = [
    # line,   element, reported, partner,  splitting, areaRatio, range of component energies (eV)
    ("C 1s",  "C",  "1s",     None,     None, None,   (283.5, 295.0)),
    ("O 1s",  "O",  "1s",     None,     None, None,   (529.5, 536.0)),
    ("N 1s",  "N",  "1s",     None,     None, None,   (396.0, 409.0)),
    ("F 1s",  "F",  "1s",     None,     None, None,   (685.0, 691.0)),
    ("Na 1s", "Na", "1s",     None,     None, None,   (1070.0, 1073.0)),
    ("Si 2p", "Si", "2p3/2",  "2p1/2",  0.61, 0.5,    (100.0, 104.0)),
    ("P 2p",  "P",  "2p3/2",  "2p1/2",  0.87, 0.5,    (132.0, 136.0)),
    ("S 2p",  "S",  "2p3/2",  "2p1/2",  1.18, 0.5,    (162.0, 170.0)),
    ("Cl 2p", "Cl", "2p3/2",  "2p1/2",  1.6,  0.5,    (196.0, 202.0)),
    ("Br 3d", "Br", "3d5/2",  "3d3/2",  1.05, 2 / 3,  (68.0, 72.0)),
]
LINE_OF_ELEMENT = {element: line for line, element, *_ in CORE_LEVELS}

# ---------------------------------------------------------------------------------------
# Shared environments: key -> (line, environment, binding energy eV, isEstimate, aromatic)
# "aromatic" marks ring carbons, which carry the pi->pi* shake-up satellite.
# ---------------------------------------------------------------------------------------
ENV = {
    # C 1s
    "CC":    ("C 1s", "C–C/C–H", 285.0, False, False),
    "CAr":   ("C 1s", "C–C/C–H (aromatic)", 284.7, False, True),
    "C=C":   ("C 1s", "C=C", 284.8, True, False),
    "Cb":    ("C 1s", "C–C(=O)O (β-shifted)", 285.7, False, False),
    "CN":    ("C 1s", "C–N", 285.9, False, False),
    "CNAr":  ("C 1s", "C–N (aromatic)", 285.6, True, True),
    "CO":    ("C 1s", "C–O", 286.5, False, False),
    "COe":   ("C 1s", "C–O–C=O", 286.7, False, False),
    "COAr":  ("C 1s", "C–O (aromatic)", 286.2, False, True),
    "OCO":   ("C 1s", "O–C–O", 287.9, False, False),
    "C=O":   ("C 1s", "C=O", 287.9, False, False),
    "NC=O":  ("C 1s", "N–C=O", 287.9, False, False),
    "OC=O":  ("C 1s", "O–C=O", 289.0, False, False),
    "COOH":  ("C 1s", "COOH", 289.3, False, False),
    "CN3":   ("C 1s", "C≡N", 286.7, False, False),
    "CSi":   ("C 1s", "Si–C", 284.4, False, False),
    "ORTHO": ("C 1s", "C(–O)3 orthoester", 289.3, True, False),
    # O 1s
    "O=Ce":  ("O 1s", "C=O (ester)", 532.2, False, False),
    "OCe":   ("O 1s", "C–O–C=O (ester)", 533.7, False, False),
    "O=CeAr": ("O 1s", "C=O (aromatic ester)", 531.8, True, False),
    "OCeAr": ("O 1s", "C–O–C=O (aromatic ester)", 533.4, True, False),
    "OCOC":  ("O 1s", "C–O–C", 532.8, False, False),
    "OH":    ("O 1s", "C–OH", 532.8, False, False),
    "O=Ck":  ("O 1s", "C=O (ketone)", 532.2, False, False),
    "O=CN":  ("O 1s", "N–C=O", 531.4, False, False),
    "OAr":   ("O 1s", "C–O–C (aromatic)", 533.4, True, False),
    "O=CA":  ("O 1s", "C=O (acid)", 532.3, True, False),
    "OHA":   ("O 1s", "C–OH (acid)", 533.6, True, False),
    "OSi":   ("O 1s", "Si–O–Si", 532.0, False, False),
    "O=CI":  ("O 1s", "C=O (imide)", 532.0, True, False),
    # N 1s
    "Namide": ("N 1s", "N–C=O", 399.8, False, False),
    "Namine": ("N 1s", "C–N (amine)", 399.3, True, False),
    "Nnitrile": ("N 1s", "C≡N", 399.6, False, False),
    "Nimide": ("N 1s", "imide N", 400.6, False, False),
    "Npyr":  ("N 1s", "pyridinic N", 399.3, True, False),
}


def E(key, count):
    """A shared environment with its number of atoms per repeat unit."""
    line, env, be, est, aromatic = ENV[key]
    return dict(line=line, environment=env, count=count, bindingEnergy=be,
                isEstimate=est, aromatic=aromatic)


def X(line, env, be, count, est=True, aromatic=False):
    """A polymer-specific environment."""
    return dict(line=line, environment=env, count=count, bindingEnergy=be,
                isEstimate=est, aromatic=aromatic)


SHAKE_UP_OFFSET = 6.7        # eV above the aromatic C 1s line (284.7 eV)
SHAKE_UP_FRACTION = 0.07     # of the aromatic carbons' main-line area


def P(name, abbreviation, formula, labels, components, note=None):
    return dict(name=name, abbreviation=abbreviation, formula=formula, labels=labels,
                components=components, note=note)


# Short names for the labels (the strings themselves are checked against the JSON list).
BENZ, NAPH = "benzene ring", "naphthalene"
AMINE, AMIDE, IMIDE = "amine", "amide", "imide"
OH_AR, OH_AL = "alcohol (aromatic)", "alcohol (aliphatic)"
ETH_AR, ETH_AL = "ether (aromatic)", "ether (aliphatic)"
KET_AR, KET_AL = "ketone (aromatic)", "ketone (aliphatic)"
EST_AR, EST_AL = "ester (aromatic)", "ester (aliphatic)"
ACID, ANHYD, EPOX = "carboxylic acid", "anhydride", "epoxide"
ALKENE, NITRILE, NITRO, NITRATE = "alkene", "nitrile", "nitro (aromatic)", "nitrate"
RF, RCL = "alkyl halide (F)", "alkyl halide (Cl)"
CLBENZ, BRBENZ = "chlorobenzene", "bromobenzene"
SULFIDE, SULFONE, SULFONATE = "sulfide", "sulfone", "sulfonate"
SILOX, PHOSPH, PHENOXY, PYR = "siloxane", "phosphazene", "phenoxy", "pyridine"

# ---------------------------------------------------------------------------------------
# The table. Names spelled exactly as in saddiq2026_polymers.json (typos included).
# ---------------------------------------------------------------------------------------
POLYMERS = [
    # -[O-C6H4-O-C6H4-C(=O)-C6H4]-
    P("poly(ether ether ketone) (PEEK)", "PEEK", "C19H12O3", [BENZ, ETH_AR, KET_AR], [
        E("CAr", 14), E("COAr", 4),
        X("C 1s", "C=O (aromatic ketone)", 287.2, 1),
        X("O 1s", "C=O (aromatic ketone)", 531.3, 1), E("OAr", 2)]),
    # -CH2-CH(OCH3)-
    P("poly(vinyl methyl ether) (PVME)", "PVME", "C3H6O", [ETH_AL], [
        E("CC", 1), E("CO", 2), E("OCOC", 1)]),
    # -CH2-CH(C6H4OH)-
    P("poly(4-hydroxystyrene) (PHS)", "PHS", "C8H8O", [BENZ, OH_AR], [
        E("CC", 2), E("CAr", 5), E("COAr", 1),
        X("O 1s", "C–OH (aromatic)", 533.1, 1)]),
    # -CH2-C(CH3)(COOCH2CH3)-
    P("poly(ethyl methacrylate) (PEMA)", "PEMA", "C6H10O2", [EST_AL], [
        E("CC", 3), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-C(CH3)(COOCH3)-: Beamson & Briggs 285.00 (2C), 285.72 (1C), 286.79, 289.03
    P("poly(methyl methacrylate) (PMMA)", "PMMA", "C5H8O2", [EST_AL], [
        E("CC", 2), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-C(CH3)=CH-CH2- (trans)
    P("poly(trans-isoprene) (PtI)", "PtI", "C5H8", [ALKENE], [
        E("CC", 3), E("C=C", 2)]),
    # -O-CH2-C(=O)-
    P("poly(glycolide) (PG)", "PG", "C2H2O2", [EST_AL], [
        X("C 1s", "O–CH2–C=O", 287.0, 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # anhydroglucose unit with one ethoxy group (C6), as the published count (1) implies
    P("Ethylcellulose (ECEL)", "ECEL", "C8H14O5", [ETH_AL, OH_AL], [
        E("CC", 1), E("CO", 6), E("OCO", 1), E("OCOC", 3), E("OH", 2)],
        note="idealised unit: one ethoxy group per anhydroglucose unit (degree of substitution 1, "
             "as the published count of one alkane carbon implies); commercial ethylcellulose "
             "has a degree of substitution near 2.5"),
    # -CH2-CH(CH2NH3+ Cl-)-
    P("poly(allylamine hydrochloride) (PAAMC)", "PAAMC", "C3H8ClN", [AMINE], [
        E("CC", 2), X("C 1s", "C–NH3+", 286.2, 1),
        X("N 1s", "C–NH3+", 401.5, 1), X("Cl 2p", "Cl− (chloride)", 197.5, 1)]),
    # -CH2-CH(COOCH2CF3)-
    P("poly(trifluoroethyl acrylate) (PTFEA)", "PTFEA", "C5H5F3O2", [EST_AL, RF], [
        E("CC", 1), E("Cb", 1), X("C 1s", "O–CH2–CF3", 287.2, 1),
        X("C 1s", "O–C=O", 289.2, 1), X("C 1s", "CF3", 293.2, 1),
        X("O 1s", "C=O (ester)", 532.4, 1), X("O 1s", "C–O–C=O (ester)", 533.9, 1),
        X("F 1s", "CF3", 688.9, 3)]),
    # -CH2-C(CH3)(COO(CH2)11CH3)-
    P("poly(lauryl methacrylate) (PLMA)", "PLMA", "C16H30O2", [EST_AL], [
        E("CC", 13), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-CH(OCH2CH3)-
    P("poly(vinyl ethyl ether) (PVEE)", "PVEE", "C4H8O", [ETH_AL], [
        E("CC", 2), E("CO", 2), E("OCOC", 1)]),
    # -NH-(CH2)6-NH-C(=O)-(CH2)4-C(=O)-
    P("Nylon 6,6 (N66)", "N66", "C12H22N2O2", [AMIDE], [
        E("CC", 8), E("CN", 2), E("NC=O", 2), E("Namide", 2), E("O=CN", 2)]),
    # C6H5-C6H4-C6H4-C6H5
    P("p-Quaterphenyl [poly(phenylene) oligomer]", None, "C24H18", [BENZ], [
        E("CAr", 24)]),
    # -O-CH(CH3)-C(=O)-
    P("poly(d,l-lactide) (PL)", "PL", "C3H4O2", [EST_AL], [
        E("CC", 1), X("C 1s", "O–CH(CH3)–C=O", 287.0, 1), E("OC=O", 1),
        E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-CH2-S-
    P("poly(ethylene sulphide) (PETHS)", "PETHS", "C2H4S", [SULFIDE], [
        X("C 1s", "C–S", 285.6, 2), X("S 2p", "C–S–C", 163.6, 1)]),
    # both allyl groups polymerised: -CH2-CH(CH2-OOC-C6H4-COO-CH2)-CH-CH2- (meta)
    P("poly(diallyl isophthalate) (PDAiP)", "PDAiP", "C14H14O4", [EST_AR, BENZ], [
        E("CC", 4), E("CAr", 6), E("COe", 2), E("OC=O", 2), E("O=CeAr", 2), E("OCeAr", 2)],
        note="allyl groups taken as fully polymerised; the published count of alkane carbons is 0, "
             "so the label alkane is not set although the backbone is aliphatic"),
    # -CH2-CH(OC(=O)CH3)-
    P("poly(vinyl acetate) (PVAc)", "PVAc", "C4H6O2", [EST_AL], [
        E("CC", 1), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-C(CH3)(CONH2)-
    P("poly(methacrylamide) (PMAM)", "PMAM", "C4H7NO", [AMIDE], [
        E("CC", 3), E("NC=O", 1), E("Namide", 1), E("O=CN", 1)]),
    # -CH2-CH(CH3)-O-
    P("poly(propylene glycol) (PPG)", "PPG", "C3H6O", [ETH_AL], [
        E("CC", 1), E("CO", 2), E("OCOC", 1)]),
    # -CH2-C(Cl)=CH-CH2- (trans-1,4)
    P("poly(chloroprene) (PCP)", "PCP", "C4H5Cl", [ALKENE, RCL], [
        E("CC", 2), E("C=C", 1), X("C 1s", "=C–Cl", 286.3, 1),
        X("Cl 2p", "C–Cl", 200.3, 1)]),
    # -CH2-CH(CH2CH(CH3)2)-
    P("poly(4-methyl-1-pentene) (PMP)", "PMP", "C6H12", [], [
        E("CC", 6)]),
    # -CH2-CCl2-
    P("poly(vinylidine chloride) (PVdC)", "PVdC", "C2H2Cl2", [RCL], [
        X("C 1s", "CH2 (β to CCl2)", 286.2, 1), X("C 1s", "CCl2", 288.0, 1),
        X("Cl 2p", "C–Cl", 200.6, 2)]),
    # -CH2-CH(C6H4NO2)-
    P("poly(4-nitrostyrene) (PNS)", "PNS", "C8H7NO2", [NITRO, BENZ], [
        E("CC", 2), E("CAr", 5), X("C 1s", "C–NO2 (aromatic)", 285.9, 1, aromatic=True),
        X("N 1s", "NO2", 405.7, 1, est=False), X("O 1s", "NO2", 532.6, 2)]),
    # -CH2-C(CH3)(COO(CH2)3CH3)-
    P("poly(n-butyl methacrylate) (PnBMA)", "PnBMA", "C8H14O2", [EST_AL], [
        E("CC", 5), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -(CH2)4-O-
    P("poly(tetramethylene glycol) (PTMG)", "PTMG", "C4H8O", [ETH_AL], [
        E("CC", 2), E("CO", 2), E("OCOC", 1)]),
    # -CH2-CH(C10H7)-
    P("poly(2-vinylnaphthalene) (PVN)", "PVN", "C12H10", [NAPH, BENZ], [
        E("CC", 2), E("CAr", 10)]),
    # anhydroglucose unit with three nitrate esters (C2, C3, C6)
    P("cellulose trinitrate (CTN)", "CTN", "C6H7N3O11", [NITRATE, ETH_AL], [
        X("C 1s", "C–O (ring)", 286.7, 2), X("C 1s", "C–ONO2", 287.4, 3),
        X("C 1s", "O–C–O", 288.1, 1),
        X("N 1s", "O–NO2", 408.0, 3, est=False),
        X("O 1s", "O–NO2 (terminal)", 533.0, 6), X("O 1s", "C–O–NO2", 534.3, 3),
        X("O 1s", "C–O–C", 533.2, 2)]),
    # -C6H4-SO2-C6H4-O-
    P("poly(ether sulphone) (PES)", "PES", "C12H8O3S", [BENZ, SULFONE, ETH_AR], [
        E("CAr", 8), X("C 1s", "C–SO2 (aromatic)", 285.6, 2, aromatic=True), E("COAr", 2),
        X("O 1s", "O=S=O", 531.8, 2), E("OAr", 1),
        X("S 2p", "SO2", 167.8, 1)]),
    # -CH2-CH(N-pyrrolidone)-
    P("poly(N-vinylpyrrolidone) (PNVP)", "PNVP", "C6H9NO", [AMIDE], [
        E("CC", 3), E("CN", 2), E("NC=O", 1),
        X("N 1s", "N–C=O (lactam)", 399.7, 1), E("O=CN", 1)]),
    # -CH2-CH(C6H4Cl)- (meta)
    P("poly(3-chlolorostyrene) (P3CS)", "P3CS", "C8H7Cl", [CLBENZ], [
        E("CC", 2), E("CAr", 5), X("C 1s", "C–Cl (aromatic)", 286.0, 1, aromatic=True),
        X("Cl 2p", "C–Cl (aromatic)", 200.4, 1)]),
    # -CH2-C(CH3)(C(=O)CH3)-
    P("poly(methyl isopropenyl ketone) (PMIK)", "PMIK", "C5H8O", [KET_AL], [
        E("CC", 4), E("C=O", 1), E("O=Ck", 1)]),
    # -CH2-CH(C6H4Cl)- (para)
    P("poly(4-chlolorostyrene) (P4CS)", "P4CS", "C8H7Cl", [CLBENZ], [
        E("CC", 2), E("CAr", 5), X("C 1s", "C–Cl (aromatic)", 286.0, 1, aromatic=True),
        X("Cl 2p", "C–Cl (aromatic)", 200.4, 1)]),
    # -CH2-CH(CONH2)-
    P("poly(acrylamide) (PAM)", "PAM", "C3H5NO", [AMIDE], [
        E("CC", 2), E("NC=O", 1), E("Namide", 1), E("O=CN", 1)]),
    # -CH2-C(CH3)(COOCH2CH2OH)-
    P("poly(hydroxyethyl methacrylate) (PHEMA)", "PHEMA", "C6H10O3", [EST_AL, OH_AL], [
        E("CC", 2), E("Cb", 1), E("COe", 1), E("CO", 1), E("OC=O", 1),
        E("O=Ce", 1), E("OCe", 1), E("OH", 1)]),
    # -O-C6H4-C(CH3)2-C6H4-O-C(=O)-
    P("poly(bisphenol A carbonate) (PBAC)", "PBAC", "C16H14O3", [BENZ, ETH_AR], [
        E("CC", 3), E("CAr", 10), E("COAr", 2), X("C 1s", "O–C(=O)–O", 290.6, 1),
        X("O 1s", "C=O (carbonate)", 532.3, 1), X("O 1s", "C–O–C=O (carbonate)", 533.8, 2)],
        note="the carbonate is labelled as aromatic ether (Ar–O–C); no carbonate class exists"),
    # -CH2-CH2-O-
    P("poly(ethylene glycol) (PEG)", "PEG", "C2H4O", [ETH_AL], [
        E("CO", 2), E("OCOC", 1)]),
    # -CH2-CH(CH2CH3)-
    P("poly(1-butene) (PB)", "PB", "C4H8", [], [
        E("CC", 4)]),
    # -N(C(=O)CH2CH3)-CH2-CH2-
    P("poly(2-ethyl-2-oxazoline) (PEOx)", "PEOx", "C5H9NO", [AMIDE], [
        E("CC", 2), E("CN", 2), E("NC=O", 1), E("Namide", 1), E("O=CN", 1)]),
    # -O-CH2-CH2-O-C(=O)-C6H4-C(=O)-
    P("poly(ethylene terephthalate) (PET)", "PET", "C10H8O4", [EST_AR, BENZ], [
        E("CAr", 6), E("COe", 2), E("OC=O", 2), E("O=CeAr", 2), E("OCeAr", 2)]),
    # -CH2-CH(C(=O)CH2CH3)-
    P("poly(vinyl ethyl ketone) (PVEK)", "PVEK", "C5H8O", [KET_AL], [
        E("CC", 4), E("C=O", 1), E("O=Ck", 1)]),
    # -CH2-C(CH3)2-C(=O)-O-
    P("poly(pivalolactone) (PPL)", "PPL", "C5H8O2", [EST_AL], [
        E("CC", 2), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CF2-CF2-
    P("poly(tetrafluoroethylene) (PTFE)", "PTFE", "C2F4", [RF], [
        X("C 1s", "CF2", 292.5, 2, est=False), X("F 1s", "CF2", 689.7, 4, est=False)]),
    # DETOSU (3,9-diethylidene-2,4,8,10-tetraoxaspiro[5.5]undecane) + 1,6-hexanediol
    P("poly(orthoester) based on hexamethylenediol (POEHD)", "POEHD", "C17H30O6", [ETH_AL], [
        E("CC", 9), E("CO", 6), E("ORTHO", 2), X("O 1s", "C–O–C (orthoester)", 532.9, 6)],
        note="repeat unit taken as the DETOSU-diol poly(ortho ester) (the common POE II)"),
    # -CH2-C(CH3)(CN)-
    P("poly(methacrylonitrile) (PMAN)", "PMAN", "C4H5N", [NITRILE], [
        E("CC", 3), E("CN3", 1), E("Nnitrile", 1)]),
    # -CH2-O- (polyoxymethylene)
    P("poly(methylene glycol) (PMG)", "PMG", "CH2O", [ETH_AL], [
        E("OCO", 1), X("O 1s", "O–C–O", 533.2, 1)]),
    # -CH2-CH(C(=O)CH3)-
    P("poly(vinyl methyl ketone) (PVMK)", "PVMK", "C4H6O", [KET_AL], [
        E("CC", 3), E("C=O", 1), E("O=Ck", 1)]),
    # -O-CH(CH3)-CH2-C(=O)-
    P("poly(3-hydroxybutyrate) (PHB)", "PHB", "C4H6O2", [EST_AL], [
        E("CC", 1), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # anhydroglucose unit with three acetates
    P("cellulose triacetate (CTA)", "CTA", "C12H16O8", [EST_AL, ETH_AL], [
        E("Cb", 3), E("COe", 3), E("CO", 2), E("OCO", 1), E("OC=O", 3),
        E("O=Ce", 3), E("OCe", 3), E("OCOC", 2)]),
    # -CH2-CH(C6H4CH3)-
    P("poly(4-methylstyrene) (P4MS)", "P4MS", "C9H10", [BENZ], [
        E("CC", 3), E("CAr", 6)]),
    # C6H5-NH-C6H4-NH-C6H5
    P("N,N'-Diphenyl-1,4-phenylenediamine [poly(aniline) oligomer]", None, "C18H16N2",
      [AMINE, BENZ], [
        E("CAr", 14), E("CNAr", 4), X("N 1s", "C–NH–C (aromatic amine)", 399.4, 2)]),
    # -C(=O)-(CH2)8-C(=O)-O-
    P("poly(sebacic anhydride) (PSA)", "PSA", "C10H16O3", [ANHYD], [
        E("CC", 6), E("Cb", 2), X("C 1s", "C(=O)–O–C(=O)", 289.4, 2),
        X("O 1s", "C=O (anhydride)", 532.6, 2), X("O 1s", "C–O–C (anhydride)", 533.9, 1)]),
    # -CH2-CH(COOH)-
    P("poly(acrylic acid) (PAA)", "PAA", "C3H4O2", [ACID], [
        E("CC", 1), E("Cb", 1), E("COOH", 1), E("O=CA", 1), E("OHA", 1)]),
    # -CH2-CH2-
    P("poly(ethylene), high density (HDPE)", "HDPE", "C2H4", [], [
        E("CC", 2)]),
    # -CH2-C(CH3)(COOCH2-CH(O)CH2)-
    P("poly(glycidyl methacrylate) (PGMA)", "PGMA", "C7H10O3", [EST_AL, EPOX, ETH_AL], [
        E("CC", 2), E("Cb", 1), E("COe", 1), X("C 1s", "C–O (epoxide)", 286.6, 2),
        E("OC=O", 1), E("O=Ce", 1), E("OCe", 1), X("O 1s", "C–O–C (epoxide)", 533.0, 1)],
        note="the epoxide ring is also labelled aliphatic ether (a cyclic ether)"),
    # -CH2-C(CH3)(COOH)-
    P("poly(methacrylic acid) (PMAA)", "PMAA", "C4H6O2", [ACID], [
        E("CC", 2), E("Cb", 1), E("COOH", 1), E("O=CA", 1), E("OHA", 1)]),
    # -CH2-CH(OH)-
    P("poly(vinyl alcohol) (PVA)", "PVA", "C2H4O", [OH_AL], [
        E("CC", 1), E("CO", 1), E("OH", 1)]),
    # BPADA + m-phenylenediamine (Ultem 1000)
    P("poly(ether imide) (Ultem 1000) (ULT)", "ULT", "C37H24N2O6", [IMIDE, ETH_AR, BENZ], [
        E("CC", 3), E("CAr", 24), E("COAr", 4), E("CNAr", 2),
        X("C 1s", "N–C=O (imide)", 288.6, 4, est=False),
        E("Nimide", 2), E("O=CI", 4), E("OAr", 2)]),
    # -CH2-CH(C6H4Br)-
    P("poly(4-bromostyrene) (PBS)", "PBS", "C8H7Br", [BRBENZ], [
        E("CC", 2), E("CAr", 5), X("C 1s", "C–Br (aromatic)", 285.6, 1, aromatic=True),
        X("Br 3d", "C–Br (aromatic)", 70.4, 1)]),
    # -CH2-C(CH3)(COOCH2CH2Cl)-
    P("Poly(2-chloroethyl methacrylate) (PCEMA)", "PCEMA", "C6H9ClO2", [EST_AL, RCL], [
        E("CC", 2), E("Cb", 1), E("COe", 1), X("C 1s", "CH2–Cl", 286.4, 1),
        E("OC=O", 1), E("O=Ce", 1), E("OCe", 1), X("Cl 2p", "C–Cl", 200.5, 1, est=False)]),
    # -NH-C(=O)-NH-CH2-CH2-
    P("poly(urea) (PUa)", "PUa", "C3H6N2O", [AMIDE, AMINE], [
        E("CN", 2), X("C 1s", "N–C(=O)–N", 288.9, 1),
        X("N 1s", "N–C(=O)–N", 399.9, 2), X("O 1s", "N–C(=O)–N", 531.3, 1)],
        note="structure not given by the source: an aliphatic polyurea without plain alkane "
             "carbons (published count 0); urea labelled amide and amine"),
    # -CH2-CH(C6H4Cl)- (ortho)
    P("poly(2-chlorostyrene) (P2CS)", "P2CS", "C8H7Cl", [CLBENZ], [
        E("CC", 2), E("CAr", 5), X("C 1s", "C–Cl (aromatic)", 286.0, 1, aromatic=True),
        X("Cl 2p", "C–Cl (aromatic)", 200.4, 1)]),
    # -NH-(CH2)11-C(=O)-
    P("Nylon 12 (N12)", "N12", "C12H23NO", [AMIDE], [
        E("CC", 10), E("CN", 1), E("NC=O", 1), E("Namide", 1), E("O=CN", 1)]),
    # -CH2-CH(N-carbazolyl)-
    P("poly(9-vinylcarbazole) (P9VC)", "P9VC", "C14H11N", [AMINE, BENZ], [
        E("CC", 1), E("CN", 1), E("CAr", 10), E("CNAr", 2),
        X("N 1s", "carbazole N", 400.0, 1)]),
    # as PDAiP, ortho isomer
    P("poly(diallyl phthalate) (PDAP)", "PDAP", "C14H14O4", [EST_AR, BENZ], [
        E("CC", 4), E("CAr", 6), E("COe", 2), E("OC=O", 2), E("O=CeAr", 2), E("OCeAr", 2)],
        note="allyl groups taken as fully polymerised; the published count of alkane carbons is 0, "
             "so the label alkane is not set although the backbone is aliphatic"),
    # -CH2-CH2-NH- (linear)
    P("poly(ethyleneimine) (PEI)", "PEI", "C2H5N", [AMINE], [
        E("CN", 2), E("Namine", 1)]),
    # -CH2-CH(OCH2CH(CH3)2)-
    P("poly(vinyl isobutyl ether) (PViBE)", "PViBE", "C6H12O", [ETH_AL], [
        E("CC", 4), E("CO", 2), E("OCOC", 1)]),
    # -CH2-C(CH3)(COOC(CH3)3)-
    P("poly(tert-butyl methacrylate) (PtBMA)", "PtBMA", "C8H14O2", [EST_AL], [
        E("CC", 5), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-CH(C6H5)-
    P("poly(styrene) (PS)", "PS", "C8H8", [BENZ], [
        E("CC", 2), E("CAr", 6)]),
    # -CH2-CH(C6H4-CH2-N+(CH3)3 Cl-)-
    P("poly(vinylbenzyltrimethylammonium chloride) (PVBTMAC)", "PVBTMAC", "C12H18ClN",
      [AMINE, BENZ], [
        E("CC", 2), E("CAr", 6), X("C 1s", "C–N+", 286.4, 4),
        X("N 1s", "R4N+", 402.5, 1), X("Cl 2p", "Cl− (chloride)", 197.0, 1)],
        note="quaternary ammonium labelled amine"),
    # -CH2-CH(CN)-
    P("poly(acrylonitrile) (PAN)", "PAN", "C3H3N", [NITRILE], [
        E("CC", 2), E("CN3", 1), E("Nnitrile", 1)]),
    # -CH2-C(CH3)2-
    P("poly(isobutylene) (PIB)", "PIB", "C4H8", [], [
        E("CC", 4)]),
    # -CH2-CH(C6H4OCH3)-
    P("poly(4-methoxystyrene) (PMS)", "PMS", "C9H10O", [ETH_AR, BENZ], [
        E("CC", 2), E("CAr", 5), E("COAr", 1), E("CO", 1),
        X("O 1s", "C–O–C (aryl alkyl ether)", 533.2, 1)]),
    # -CH2-CF2-: Beamson & Briggs 286.44, 290.86
    P("poly(vinylidine fluoride) (PVdF)", "PVdF", "C2H2F2", [RF], [
        X("C 1s", "CH2 (β to CF2)", 286.4, 1, est=False), X("C 1s", "CF2", 290.8, 1, est=False),
        X("F 1s", "CF2", 688.0, 2)]),
    # -Si(CH3)2-O-
    P("poly(dimethylsiloxane) (PDMS)", "PDMS", "C2H6OSi", [SILOX], [
        E("CSi", 2), E("OSi", 1), X("Si 2p", "O–Si(CH3)2–O", 101.6, 1)],
        note="Si 2p3/2 101.6 eV puts the unresolved 1:2 doublet's centroid at 101.8 eV"),
    # -N=P(OC6H5)2-
    P("poly(phenoxyphosphazine) (PPP)", "PPP", "C12H10NO2P", [PHOSPH, PHENOXY, BENZ], [
        E("CAr", 10), X("C 1s", "C–O–P (aromatic)", 286.3, 2, aromatic=True),
        X("O 1s", "P–O–C", 533.2, 2), X("N 1s", "P=N", 397.7, 1), X("P 2p", "N=P(OR)2", 133.9, 1)]),
    # DETOSU + trans-1,4-cyclohexanedimethanol
    P("poly(orthoester) based on trans-cyclohexanedimethanol (POECDM)", "POECDM", "C19H32O6",
      [ETH_AL], [
        E("CC", 11), E("CO", 6), E("ORTHO", 2), X("O 1s", "C–O–C (orthoester)", 532.9, 6)],
        note="repeat unit taken as the DETOSU-diol poly(ortho ester) (the common POE II)"),
    # -CH2-CH(COOCH2CH3)-
    P("poly(ethyl acrylate) (PEA)", "PEA", "C5H8O2", [EST_AL], [
        E("CC", 2), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-CH(OC(=O)CH2CH3)-
    P("poly(vinyl propionate) (PVP)", "PVP", "C5H8O2", [EST_AL], [
        E("CC", 2), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -O-CH2CH2-O-C(=O)-(CH2)4-C(=O)-
    P("poly(ethylene adipate) (PEAd)", "PEAd", "C8H12O4", [EST_AL], [
        E("CC", 2), E("Cb", 2), E("COe", 2), E("OC=O", 2), E("O=Ce", 2), E("OCe", 2)]),
    # -Si(CH3)(C6H5)-O-
    P("poly(pheonylmethylsiloxane) (PPMS)", "PPMS", "C7H8OSi", [SILOX, BENZ], [
        E("CSi", 1), E("CAr", 6), E("OSi", 1), X("Si 2p", "O–Si(CH3)(C6H5)–O", 101.8, 1)]),
    # -CH2-CH(CH=CH2)-
    P("poly(1,2-butadiene) (PBD)", "PBD", "C4H6", [ALKENE], [
        E("CC", 2), E("C=C", 2)]),
    # -CH2-CH=CH-CH2- (cis)
    P("poly(cis-butadiene) (PcBD)", "PcBD", "C4H6", [ALKENE], [
        E("CC", 2), E("C=C", 2)]),
    # -C6H4-S-
    P("poly(phenylene sulphide) (PPS)", "PPS", "C6H4S", [SULFIDE, BENZ], [
        E("CAr", 4), X("C 1s", "C–S (aromatic)", 285.3, 2, aromatic=True),
        X("S 2p", "C–S–C (aromatic)", 163.9, 1)]),
    # -CH2-CH(C6H4SO3- Na+)-
    P("poly(sodium 4-styrenesulphonate) (PSS)", "PSS", "C8H7NaO3S", [SULFONATE, BENZ], [
        E("CC", 2), E("CAr", 5), X("C 1s", "C–SO3 (aromatic)", 285.4, 1, aromatic=True),
        X("O 1s", "SO3−", 531.6, 3), X("S 2p", "SO3−", 168.1, 1),
        X("Na 1s", "Na+", 1071.5, 1)]),
    # -CH2-CH(COOCH3)-
    P("poly(methyl acrylate) (PMA)", "PMA", "C4H6O2", [EST_AL], [
        E("CC", 1), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -NH-(CH2)5-C(=O)-
    P("Nylon 6 (N6)", "N6", "C6H11NO", [AMIDE], [
        E("CC", 4), E("CN", 1), E("NC=O", 1), E("Namide", 1), E("O=CN", 1)]),
    # -CH2-CH(OC(=O)CF3)-
    P("poly(vinyl trifluoroacetate) (PVTFA)", "PVTFA", "C4H3F3O2", [EST_AL, RF], [
        X("C 1s", "CH2 (β to CH–O)", 285.4, 1), X("C 1s", "CH–O–C=O", 287.3, 1),
        X("C 1s", "O–C(=O)–CF3", 289.9, 1), X("C 1s", "CF3", 293.0, 1),
        X("O 1s", "C=O (trifluoroacetate)", 532.7, 1),
        X("O 1s", "C–O–C=O (trifluoroacetate)", 534.2, 1),
        X("F 1s", "CF3", 688.8, 3)]),
    # -C6H2(CH3)2-O-
    P("poly(2,6-dimethyl-1,4-phenylene oxide) (PDMPO)", "PDMPO", "C8H8O", [ETH_AR, BENZ], [
        E("CC", 2), E("CAr", 4), E("COAr", 2), E("OAr", 1)]),
    # -CH2-C(CH3)(COO-CH2CH2-O-C(=O)-CH2-C(=O)-CH3)-
    P("poly(acetylacetoxyethyl methacrylate) (PAAEMA)", "PAAEMA", "C10H14O5", [EST_AL, KET_AL], [
        E("CC", 3), E("Cb", 1), X("C 1s", "C(=O)–CH2–C(=O)", 285.9, 1), E("COe", 2),
        E("C=O", 1), E("OC=O", 2), E("O=Ce", 2), E("OCe", 2), E("O=Ck", 1)]),
    # anhydroglucose unit with one 2-hydroxypropyl ether (C6)
    P("Hydroxypropylycellulose (HPCEL)", "HPCEL", "C9H16O6", [ETH_AL, OH_AL], [
        E("CC", 1), E("CO", 7), E("OCO", 1), E("OCOC", 3), E("OH", 3)],
        note="idealised unit: one hydroxypropyl group per anhydroglucose unit (molar substitution 1, "
             "as the published count of one alkane carbon implies); commercial grades have 3–4"),
    # -C(=O)-NH-CH2CH2-NH-C(=O)-O-CH2CH2-O-CH2CH2-O-
    P("poly(urethane) (PU)", "PU", "C8H14N2O5", [AMINE, EST_AL, ETH_AL], [
        E("CN", 2), E("COe", 2), E("CO", 2), X("C 1s", "N–C(=O)–O", 289.6, 2),
        X("N 1s", "N–C(=O)–O", 400.0, 2), X("O 1s", "C=O (urethane)", 532.0, 2),
        X("O 1s", "C–O–C=O (urethane)", 533.5, 2), E("OCOC", 1)],
        note="structure not given by the source: a poly(ether urethane) without plain alkane "
             "carbons (published count 0); the urethane is labelled amine and ester"),
    # -CH2-CH(C5H4N)- (4-pyridyl)
    P("poly(4-vinylpyridine) (P4VP)", "P4VP", "C7H7N", [PYR], [
        E("CC", 2), E("CAr", 3), E("CNAr", 2), E("Npyr", 1)]),
    # anhydroglucose unit
    P("cellulose (CEL)", "CEL", "C6H10O5", [OH_AL, ETH_AL], [
        E("CO", 5), E("OCO", 1), E("OCOC", 2), E("OH", 3)]),
    # -CH2-C(CH3)=CH-CH2- (cis)
    P("poly(cis-isoprene) (PcI)", "PcI", "C5H8", [ALKENE], [
        E("CC", 3), E("C=C", 2)]),
    # -CH2-CHF-
    P("poly(vinyl fluoride) (PVF)", "PVF", "C2H3F", [RF], [
        X("C 1s", "CH2 (β to CHF)", 285.9, 1), X("C 1s", "CHF", 287.9, 1),
        X("F 1s", "CHF", 687.0, 1)]),
    # -CH2-CH(CH3)-
    P("poly(propylene) (PP)", "PP", "C3H6", [], [
        E("CC", 3)]),
    # -CH2-CH(C5H4N)- (2-pyridyl)
    P("poly(2-vinylpyridine) (P2VP)", "P2VP", "C7H7N", [PYR], [
        E("CC", 2), E("CAr", 3), E("CNAr", 2), E("Npyr", 1)]),
    # -O-CH2-(CH2)4-C(=O)-
    P("poly(caprolactone) (PCL)", "PCL", "C6H10O2", [EST_AL], [
        E("CC", 3), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -(CH2)6-SO2-
    P("poly(hexamethylene sulphone) (PHMS)", "PHMS", "C6H12O2S", [SULFONE], [
        E("CC", 4), X("C 1s", "C–SO2", 285.9, 2), X("O 1s", "O=S=O", 532.1, 2),
        X("S 2p", "SO2", 167.7, 1)]),
    # PMDA-ODA (Kapton HN)
    P("poly(ether imide) (Kapton HN) (KAP)", "KAP", "C22H10N2O5", [IMIDE, ETH_AR, BENZ], [
        E("CAr", 14), E("CNAr", 2), E("COAr", 2),
        X("C 1s", "N–C=O (imide)", 288.6, 4, est=False),
        E("Nimide", 2), E("O=CI", 4), E("OAr", 1)]),
    # -CH2-CH(OC(=O)(CH2)10CH3)-
    P("poly(vinyl laurate) (PVL)", "PVL", "C14H26O2", [EST_AL], [
        E("CC", 11), E("Cb", 1), E("COe", 1), E("OC=O", 1), E("O=Ce", 1), E("OCe", 1)]),
    # -CH2-C(CH3)(C6H5)-
    P("poly(a-methylstryene) (PαMS)", "PαMS", "C9H10", [BENZ], [
        E("CC", 3), E("CAr", 6)]),
    # -CH2-CHCl-
    P("poly(vinyl chloride) (PVC)", "PVC", "C2H3Cl", [RCL], [
        X("C 1s", "CH2 (β to CHCl)", 285.6, 1), X("C 1s", "CHCl", 286.6, 1),
        X("Cl 2p", "C–Cl", 200.5, 1, est=False)]),
]

# ---------------------------------------------------------------------------------------


def parse_formula(formula):
    """'C8H7NaO3S' -> {'C': 8, 'H': 7, 'Na': 1, 'O': 3, 'S': 1}; fails on anything else."""
    if not re.fullmatch(r"([A-Z][a-z]?\d*)+", formula):
        raise ValueError(f"formula {formula!r}: expected element symbols with counts")
    atoms = {}
    for symbol, digits in re.findall(r"([A-Z][a-z]?)(\d*)", formula):
        if symbol in atoms:
            raise ValueError(f"formula {formula!r}: element {symbol} appears twice")
        atoms[symbol] = int(digits) if digits else 1
    return atoms


def trailing_abbreviation(name):
    """The last parenthesised token of a published name, e.g. 'PMMA'; None if there is none."""
    m = re.search(r"\(([^()]+)\)\s*$", name)
    return m.group(1) if m else None


def build(published, groups):
    errors = []
    names = [p["name"] for p in POLYMERS]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        errors.append(f"names listed more than once: {duplicates}")
    missing = [n for n in published if n not in names]
    extra = [n for n in names if n not in published]
    if missing:
        errors.append(f"published names missing from the table: {missing}")
    if extra:
        errors.append(f"table names not in {os.path.basename(POLYMERS_JSON)}: {extra}")
    level = {line: (element, window) for line, element, _, _, _, _, window in CORE_LEVELS}

    by_name = {}
    for p in POLYMERS:
        name = p["name"]
        where = f"{name}:"
        try:
            formula = parse_formula(p["formula"])
        except ValueError as e:
            errors.append(f"{where} {e}")
            continue
        expected_abbr = trailing_abbreviation(name)
        if p["abbreviation"] != expected_abbr:
            errors.append(f"{where} abbreviation {p['abbreviation']!r}, the name ends with {expected_abbr!r}")
        alkane_carbons = published.get(name, 0)
        for label in p["labels"]:
            if label not in groups:
                errors.append(f"{where} label {label!r} is not one of the 40 functional groups")
        if "alkane" in p["labels"]:
            errors.append(f"{where} 'alkane' comes from the published count, not the table")
        if len(set(p["labels"])) != len(p["labels"]):
            errors.append(f"{where} a label is listed twice: {p['labels']}")
        labels = set(p["labels"]) | ({"alkane"} if alkane_carbons > 0 else set())
        labels = [g for g in groups if g in labels]

        components = []
        sums = {}
        aromatic = 0
        for c in p["components"]:
            line = c["line"]
            if line not in level:
                errors.append(f"{where} line {line!r} has no entry in CORE_LEVELS")
                continue
            element, (low, high) = level[line]
            if element == "H":
                errors.append(f"{where} hydrogen has no XPS line")
            if not (low <= c["bindingEnergy"] <= high):
                errors.append(f"{where} {line} {c['environment']} at {c['bindingEnergy']} eV, "
                              f"expected within {low}-{high} eV")
            if c["count"] < 1:
                errors.append(f"{where} {line} {c['environment']} count {c['count']}, expected >= 1")
            sums[element] = sums.get(element, 0) + c["count"]
            if c["aromatic"]:
                aromatic += c["count"]
            components.append(dict(line=line, environment=c["environment"], count=c["count"],
                                   bindingEnergy=round(c["bindingEnergy"], 2),
                                   isEstimate=c["isEstimate"], isSatellite=False))
        keys = [(c["line"], c["environment"]) for c in components]
        if len(set(keys)) != len(keys):
            errors.append(f"{where} an environment is listed twice: {keys}")
        for element, n in formula.items():
            if element == "H":
                continue
            if sums.get(element, 0) != n:
                errors.append(f"{where} {element}: components sum to {sums.get(element, 0)}, "
                              f"formula {p['formula']} has {n}")
        for element in sums:
            if element not in formula:
                errors.append(f"{where} components of {element}, absent from {p['formula']}")
        if aromatic > 0:
            components.append(dict(line="C 1s", environment="π→π* shake-up", count=aromatic,
                                   bindingEnergy=round(284.7 + SHAKE_UP_OFFSET, 2),
                                   isEstimate=True, isSatellite=True,
                                   relativeIntensity=SHAKE_UP_FRACTION))
        entry = dict(name=name)
        if p["abbreviation"] is not None:
            entry["abbreviation"] = p["abbreviation"]
        entry["formula"] = {e: formula[e] for e in sorted(formula, key=hill_order(formula))}
        entry["publishedAlkaneCarbons"] = alkane_carbons
        entry["labels"] = labels
        entry["components"] = components
        if p["note"]:
            entry["note"] = p["note"]
        by_name[name] = entry

    if errors:
        for e in errors:
            print("error:", e, file=sys.stderr)
        sys.exit(1)
    # Output in the published order.
    return [by_name[n] for n in published]


def hill_order(formula):
    """Hill order: C, H, then the rest alphabetically."""
    def key(e):
        return (0 if e == "C" else 1 if e == "H" else 2, e)
    return key


def compare_with_published_sensitivities(polymers, groups):
    """Print, per group, how many polymers carry it here and the number implied by the
    published per-class sensitivities (their exact fractions reveal the count of test
    spectra holding each class; with 20,000 test spectra mixing 2 or 3 of 104 polymers,
    that count fixes the number of polymers with the class). Informational only."""
    if not os.path.exists(WORST_CLASSES_CSV):
        return
    import csv
    with open(WORST_CLASSES_CSV, newline="") as f:
        rows = list(csv.reader(f))[1:]
    expected = [20000 * (1 - sum(comb(104 - k, n) / comb(104, n) for n in (2, 3)) / 2)
                for k in range(105)]
    ours = {g: sum(g in p["labels"] for p in polymers) for g in groups}
    print("group                  here  implied-by-published-sensitivities")
    for row in rows:
        values = [float(v) for v in row[1:]]
        positives = next((d for d in range(1, 30000)
                          if all(abs(v * d - round(v * d)) < 1e-6 * d for v in values)), None)
        if positives is None:
            continue
        k = min(range(105), key=lambda k: abs(expected[k] - positives))
        flag = "" if k == ours.get(row[0]) else "   <- differs"
        print(f"  {row[0]:22s} {ours.get(row[0], 0):4d}  {k:4d} ({positives} test spectra){flag}")
    listed = {r[0] for r in rows}
    unused = [g for g in groups if ours[g] == 0]
    print("groups carried by no polymer here:", unused)
    print("groups absent from the published sensitivities:", [g for g in groups if g not in listed])


def render(document):
    """JSON with one line per component, so that diffs of the table stay readable."""
    def dump(value):
        return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    lines = ["{"]
    for key in ("sources", "bindingEnergyReference", "functionalGroups", "coreLevels"):
        value = document[key]
        if isinstance(value, list):
            lines.append(f" {dump(key)}: [")
            lines.extend(f"  {dump(v)}," for v in value)
            lines[-1] = lines[-1].rstrip(",")
            lines.append(" ],")
        else:
            lines.append(f" {dump(key)}: {dump(value)},")
    lines.append(' "polymers": [')
    for i, polymer in enumerate(document["polymers"]):
        head = {k: v for k, v in polymer.items() if k != "components"}
        lines.append(f"  {dump(head)[:-1]}, \"components\": [")
        lines.extend(f"   {dump(c)}," for c in polymer["components"])
        lines[-1] = lines[-1].rstrip(",")
        lines.append("  ]}" + ("," if i < len(document["polymers"]) - 1 else ""))
    lines.append(" ]")
    lines.append("}")
    return "\n".join(lines)


SWIFT_TEMPLATE = """\
// swift-format-ignore-file
// GENERATED FILE — DO NOT EDIT.
// Written by scripts/make_polymer_library.py from its hand-written table of repeat units,
// core-level components and functional-group labels of the 104 polymers of Saddiq et al.,
// arXiv 2603.05350 (2026): names and plain-alkane-carbon counts from
// shared/published/saddiq2026_polymers.json, the 40 functional groups from
// shared/published/saddiq2026_functional_groups.json; chemical shifts from standard
// polymer values (Beamson & Briggs, High Resolution XPS of Organic Polymers, Wiley 1992).
// Edit the script and run `python3 scripts/make_polymer_library.py` instead.

/// The polymer library as JSON, decoded by `PolymerLibrary.standard`.
let polymerLibraryJSON = #\"\"\"
{json}
\"\"\"#
"""


def main():
    with open(POLYMERS_JSON, encoding="utf-8") as f:
        published = json.load(f)
    with open(GROUPS_JSON, encoding="utf-8") as f:
        groups = json.load(f)
    if len(published) != 104 or len(groups) != 40 or len(set(groups)) != 40:
        sys.exit(f"error: expected 104 polymers and 40 distinct groups, found "
                 f"{len(published)} and {len(set(groups))}")
    polymers = build(published, groups)
    core_levels = []
    for line, element, reported, partner, splitting, ratio, _ in CORE_LEVELS:
        entry = dict(line=line, element=element, reportedSubshell=reported)
        if partner is not None:
            entry.update(partnerSubshell=partner, spinOrbitSplitting=splitting,
                         partnerAreaRatio=ratio)
        core_levels.append(entry)
    document = dict(
        sources=[
            "Saddiq et al., arXiv 2603.05350 (2026): polymer names, plain-alkane-carbon counts "
            "(saddiq2026_polymers.json) and the 40 functional groups (saddiq2026_functional_groups.json)",
            "G. Beamson and D. Briggs, High Resolution XPS of Organic Polymers: The Scienta "
            "ESCA300 Database, Wiley (1992): C 1s, O 1s, N 1s, F 1s chemical shifts",
            "repeat units, labels other than alkane, and values flagged isEstimate: "
            "scripts/make_polymer_library.py",
        ],
        bindingEnergyReference="aliphatic C 1s (C–C/C–H) = 285.0 eV",
        functionalGroups=groups,
        coreLevels=core_levels,
        polymers=polymers,
    )
    text = render(document)
    if json.loads(text) != document:
        sys.exit("error: the rendered JSON does not read back as the document")
    if '"""#' in text:
        sys.exit("error: the JSON would end the raw string literal")
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w", encoding="utf-8") as f:
        f.write(SWIFT_TEMPLATE.format(json=text))
    print(f"wrote {os.path.relpath(OUTPUT, ROOT)}: {len(polymers)} polymers, {len(groups)} groups")
    compare_with_published_sensitivities(polymers, groups)


if __name__ == "__main__":
    main()
