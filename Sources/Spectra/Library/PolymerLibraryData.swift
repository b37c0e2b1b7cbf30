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
let polymerLibraryJSON = #"""
{
 "sources": [
  "Saddiq et al., arXiv 2603.05350 (2026): polymer names, plain-alkane-carbon counts (saddiq2026_polymers.json) and the 40 functional groups (saddiq2026_functional_groups.json)",
  "G. Beamson and D. Briggs, High Resolution XPS of Organic Polymers: The Scienta ESCA300 Database, Wiley (1992): C 1s, O 1s, N 1s, F 1s chemical shifts",
  "repeat units, labels other than alkane, and values flagged isEstimate: scripts/make_polymer_library.py"
 ],
 "bindingEnergyReference": "aliphatic C 1s (C–C/C–H) = 285.0 eV",
 "functionalGroups": [
  "alkene",
  "alkyne",
  "benzene ring",
  "naphthalene",
  "amine",
  "alcohol (aromatic)",
  "alcohol (aliphatic)",
  "ether (aromatic)",
  "ether (aliphatic)",
  "alkyl halide (F)",
  "alkyl halide (Cl)",
  "alkyl halide (Br)",
  "alkyl halide (I)",
  "thiol",
  "aldehyde",
  "ketone (aromatic)",
  "ketone (aliphatic)",
  "ester (aromatic)",
  "ester (aliphatic)",
  "carboxylic acid",
  "amide",
  "nitrite",
  "nitrate",
  "nitrile",
  "epoxide",
  "imide",
  "acid chloride",
  "anhydride",
  "nitro (aromatic)",
  "sulfide",
  "sulfone",
  "sulfonate",
  "azide",
  "chlorobenzene",
  "bromobenzene",
  "siloxane",
  "phosphazene",
  "phenoxy",
  "pyridine",
  "alkane"
 ],
 "coreLevels": [
  {"line": "C 1s", "element": "C", "reportedSubshell": "1s"},
  {"line": "O 1s", "element": "O", "reportedSubshell": "1s"},
  {"line": "N 1s", "element": "N", "reportedSubshell": "1s"},
  {"line": "F 1s", "element": "F", "reportedSubshell": "1s"},
  {"line": "Na 1s", "element": "Na", "reportedSubshell": "1s"},
  {"line": "Si 2p", "element": "Si", "reportedSubshell": "2p3/2", "partnerSubshell": "2p1/2", "spinOrbitSplitting": 0.61, "partnerAreaRatio": 0.5},
  {"line": "P 2p", "element": "P", "reportedSubshell": "2p3/2", "partnerSubshell": "2p1/2", "spinOrbitSplitting": 0.87, "partnerAreaRatio": 0.5},
  {"line": "S 2p", "element": "S", "reportedSubshell": "2p3/2", "partnerSubshell": "2p1/2", "spinOrbitSplitting": 1.18, "partnerAreaRatio": 0.5},
  {"line": "Cl 2p", "element": "Cl", "reportedSubshell": "2p3/2", "partnerSubshell": "2p1/2", "spinOrbitSplitting": 1.6, "partnerAreaRatio": 0.5},
  {"line": "Br 3d", "element": "Br", "reportedSubshell": "3d5/2", "partnerSubshell": "3d3/2", "spinOrbitSplitting": 1.05, "partnerAreaRatio": 0.6666666666666666}
 ],
 "polymers": [
  {"name": "poly(ether ether ketone) (PEEK)", "abbreviation": "PEEK", "formula": {"C": 19, "H": 12, "O": 3}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "ether (aromatic)", "ketone (aromatic)"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 14, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 4, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=O (aromatic ketone)", "count": 1, "bindingEnergy": 287.2, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (aromatic ketone)", "count": 1, "bindingEnergy": 531.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (aromatic)", "count": 2, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 18, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(vinyl methyl ether) (PVME)", "abbreviation": "PVME", "formula": {"C": 3, "H": 6, "O": 1}, "publishedAlkaneCarbons": 1, "labels": ["ether (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(4-hydroxystyrene) (PHS)", "abbreviation": "PHS", "formula": {"C": 8, "H": 8, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "alcohol (aromatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 1, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH (aromatic)", "count": 1, "bindingEnergy": 533.1, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(ethyl methacrylate) (PEMA)", "abbreviation": "PEMA", "formula": {"C": 6, "H": 10, "O": 2}, "publishedAlkaneCarbons": 4, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(methyl methacrylate) (PMMA)", "abbreviation": "PMMA", "formula": {"C": 5, "H": 8, "O": 2}, "publishedAlkaneCarbons": 3, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(trans-isoprene) (PtI)", "abbreviation": "PtI", "formula": {"C": 5, "H": 8}, "publishedAlkaneCarbons": 3, "labels": ["alkene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=C", "count": 2, "bindingEnergy": 284.8, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(glycolide) (PG)", "abbreviation": "PG", "formula": {"C": 2, "H": 2, "O": 2}, "publishedAlkaneCarbons": 0, "labels": ["ester (aliphatic)"], "components": [
   {"line": "C 1s", "environment": "O–CH2–C=O", "count": 1, "bindingEnergy": 287.0, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "Ethylcellulose (ECEL)", "abbreviation": "ECEL", "formula": {"C": 8, "H": 14, "O": 5}, "publishedAlkaneCarbons": 1, "labels": ["alcohol (aliphatic)", "ether (aliphatic)", "alkane"], "note": "idealised unit: one ethoxy group per anhydroglucose unit (degree of substitution 1, as the published count of one alkane carbon implies); commercial ethylcellulose has a degree of substitution near 2.5", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 6, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C–O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 3, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH", "count": 2, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(allylamine hydrochloride) (PAAMC)", "abbreviation": "PAAMC", "formula": {"C": 3, "H": 8, "Cl": 1, "N": 1}, "publishedAlkaneCarbons": 2, "labels": ["amine", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–NH3+", "count": 1, "bindingEnergy": 286.2, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "C–NH3+", "count": 1, "bindingEnergy": 401.5, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "Cl− (chloride)", "count": 1, "bindingEnergy": 197.5, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(trifluoroethyl acrylate) (PTFEA)", "abbreviation": "PTFEA", "formula": {"C": 5, "H": 5, "F": 3, "O": 2}, "publishedAlkaneCarbons": 2, "labels": ["alkyl halide (F)", "ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–CH2–CF3", "count": 1, "bindingEnergy": 287.2, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.2, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "CF3", "count": 1, "bindingEnergy": 293.2, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.4, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.9, "isEstimate": true, "isSatellite": false},
   {"line": "F 1s", "environment": "CF3", "count": 3, "bindingEnergy": 688.9, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(lauryl methacrylate) (PLMA)", "abbreviation": "PLMA", "formula": {"C": 16, "H": 30, "O": 2}, "publishedAlkaneCarbons": 14, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 13, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(vinyl ethyl ether) (PVEE)", "abbreviation": "PVEE", "formula": {"C": 4, "H": 8, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["ether (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "Nylon 6,6 (N66)", "abbreviation": "N66", "formula": {"C": 12, "H": 22, "N": 2, "O": 2}, "publishedAlkaneCarbons": 6, "labels": ["amide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 8, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N", "count": 2, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O", "count": 2, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C=O", "count": 2, "bindingEnergy": 399.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C=O", "count": 2, "bindingEnergy": 531.4, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "p-Quaterphenyl [poly(phenylene) oligomer]", "formula": {"C": 24, "H": 18}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 24, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 24, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(d,l-lactide) (PL)", "abbreviation": "PL", "formula": {"C": 3, "H": 4, "O": 2}, "publishedAlkaneCarbons": 1, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–CH(CH3)–C=O", "count": 1, "bindingEnergy": 287.0, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(ethylene sulphide) (PETHS)", "abbreviation": "PETHS", "formula": {"C": 2, "H": 4, "S": 1}, "publishedAlkaneCarbons": 0, "labels": ["sulfide"], "components": [
   {"line": "C 1s", "environment": "C–S", "count": 2, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "S 2p", "environment": "C–S–C", "count": 1, "bindingEnergy": 163.6, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(diallyl isophthalate) (PDAiP)", "abbreviation": "PDAiP", "formula": {"C": 14, "H": 14, "O": 4}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "ester (aromatic)"], "note": "allyl groups taken as fully polymerised; the published count of alkane carbons is 0, so the label alkane is not set although the backbone is aliphatic", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 2, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 2, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (aromatic ester)", "count": 2, "bindingEnergy": 531.8, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (aromatic ester)", "count": 2, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(vinyl acetate) (PVAc)", "abbreviation": "PVAc", "formula": {"C": 4, "H": 6, "O": 2}, "publishedAlkaneCarbons": 1, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(methacrylamide) (PMAM)", "abbreviation": "PMAM", "formula": {"C": 4, "H": 7, "N": 1, "O": 1}, "publishedAlkaneCarbons": 3, "labels": ["amide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 399.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 531.4, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(propylene glycol) (PPG)", "abbreviation": "PPG", "formula": {"C": 3, "H": 6, "O": 1}, "publishedAlkaneCarbons": 1, "labels": ["ether (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(chloroprene) (PCP)", "abbreviation": "PCP", "formula": {"C": 4, "H": 5, "Cl": 1}, "publishedAlkaneCarbons": 2, "labels": ["alkene", "alkyl halide (Cl)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=C", "count": 1, "bindingEnergy": 284.8, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "=C–Cl", "count": 1, "bindingEnergy": 286.3, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "C–Cl", "count": 1, "bindingEnergy": 200.3, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(4-methyl-1-pentene) (PMP)", "abbreviation": "PMP", "formula": {"C": 6, "H": 12}, "publishedAlkaneCarbons": 6, "labels": ["alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 6, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(vinylidine chloride) (PVdC)", "abbreviation": "PVdC", "formula": {"C": 2, "H": 2, "Cl": 2}, "publishedAlkaneCarbons": 1, "labels": ["alkyl halide (Cl)", "alkane"], "components": [
   {"line": "C 1s", "environment": "CH2 (β to CCl2)", "count": 1, "bindingEnergy": 286.2, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "CCl2", "count": 1, "bindingEnergy": 288.0, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "C–Cl", "count": 2, "bindingEnergy": 200.6, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(4-nitrostyrene) (PNS)", "abbreviation": "PNS", "formula": {"C": 8, "H": 7, "N": 1, "O": 2}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "nitro (aromatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–NO2 (aromatic)", "count": 1, "bindingEnergy": 285.9, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "NO2", "count": 1, "bindingEnergy": 405.7, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "NO2", "count": 2, "bindingEnergy": 532.6, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(n-butyl methacrylate) (PnBMA)", "abbreviation": "PnBMA", "formula": {"C": 8, "H": 14, "O": 2}, "publishedAlkaneCarbons": 6, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 5, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(tetramethylene glycol) (PTMG)", "abbreviation": "PTMG", "formula": {"C": 4, "H": 8, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["ether (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(2-vinylnaphthalene) (PVN)", "abbreviation": "PVN", "formula": {"C": 12, "H": 10}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "naphthalene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 10, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 10, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "cellulose trinitrate (CTN)", "abbreviation": "CTN", "formula": {"C": 6, "H": 7, "N": 3, "O": 11}, "publishedAlkaneCarbons": 0, "labels": ["ether (aliphatic)", "nitrate"], "components": [
   {"line": "C 1s", "environment": "C–O (ring)", "count": 2, "bindingEnergy": 286.7, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "C–ONO2", "count": 3, "bindingEnergy": 287.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C–O", "count": 1, "bindingEnergy": 288.1, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "O–NO2", "count": 3, "bindingEnergy": 408.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "O–NO2 (terminal)", "count": 6, "bindingEnergy": 533.0, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–NO2", "count": 3, "bindingEnergy": 534.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 2, "bindingEnergy": 533.2, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(ether sulphone) (PES)", "abbreviation": "PES", "formula": {"C": 12, "H": 8, "O": 3, "S": 1}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "ether (aromatic)", "sulfone"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 8, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–SO2 (aromatic)", "count": 2, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 2, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "O=S=O", "count": 2, "bindingEnergy": 531.8, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (aromatic)", "count": 1, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "S 2p", "environment": "SO2", "count": 1, "bindingEnergy": 167.8, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 12, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(N-vinylpyrrolidone) (PNVP)", "abbreviation": "PNVP", "formula": {"C": 6, "H": 9, "N": 1, "O": 1}, "publishedAlkaneCarbons": 4, "labels": ["amide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N", "count": 2, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C=O (lactam)", "count": 1, "bindingEnergy": 399.7, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 531.4, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(3-chlolorostyrene) (P3CS)", "abbreviation": "P3CS", "formula": {"C": 8, "H": 7, "Cl": 1}, "publishedAlkaneCarbons": 2, "labels": ["chlorobenzene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–Cl (aromatic)", "count": 1, "bindingEnergy": 286.0, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "C–Cl (aromatic)", "count": 1, "bindingEnergy": 200.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(methyl isopropenyl ketone) (PMIK)", "abbreviation": "PMIK", "formula": {"C": 5, "H": 8, "O": 1}, "publishedAlkaneCarbons": 3, "labels": ["ketone (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ketone)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(4-chlolorostyrene) (P4CS)", "abbreviation": "P4CS", "formula": {"C": 8, "H": 7, "Cl": 1}, "publishedAlkaneCarbons": 2, "labels": ["chlorobenzene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–Cl (aromatic)", "count": 1, "bindingEnergy": 286.0, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "C–Cl (aromatic)", "count": 1, "bindingEnergy": 200.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(acrylamide) (PAM)", "abbreviation": "PAM", "formula": {"C": 3, "H": 5, "N": 1, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["amide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 399.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 531.4, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(hydroxyethyl methacrylate) (PHEMA)", "abbreviation": "PHEMA", "formula": {"C": 6, "H": 10, "O": 3}, "publishedAlkaneCarbons": 3, "labels": ["alcohol (aliphatic)", "ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 1, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(bisphenol A carbonate) (PBAC)", "abbreviation": "PBAC", "formula": {"C": 16, "H": 14, "O": 3}, "publishedAlkaneCarbons": 3, "labels": ["benzene ring", "ether (aromatic)", "alkane"], "note": "the carbonate is labelled as aromatic ether (Ar–O–C); no carbonate class exists", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 10, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 2, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C(=O)–O", "count": 1, "bindingEnergy": 290.6, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (carbonate)", "count": 1, "bindingEnergy": 532.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (carbonate)", "count": 2, "bindingEnergy": 533.8, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 12, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(ethylene glycol) (PEG)", "abbreviation": "PEG", "formula": {"C": 2, "H": 4, "O": 1}, "publishedAlkaneCarbons": 0, "labels": ["ether (aliphatic)"], "components": [
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(1-butene) (PB)", "abbreviation": "PB", "formula": {"C": 4, "H": 8}, "publishedAlkaneCarbons": 4, "labels": ["alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(2-ethyl-2-oxazoline) (PEOx)", "abbreviation": "PEOx", "formula": {"C": 5, "H": 9, "N": 1, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["amide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N", "count": 2, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 399.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 531.4, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(ethylene terephthalate) (PET)", "abbreviation": "PET", "formula": {"C": 10, "H": 8, "O": 4}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "ester (aromatic)"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 2, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 2, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (aromatic ester)", "count": 2, "bindingEnergy": 531.8, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (aromatic ester)", "count": 2, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(vinyl ethyl ketone) (PVEK)", "abbreviation": "PVEK", "formula": {"C": 5, "H": 8, "O": 1}, "publishedAlkaneCarbons": 3, "labels": ["ketone (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ketone)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(pivalolactone) (PPL)", "abbreviation": "PPL", "formula": {"C": 5, "H": 8, "O": 2}, "publishedAlkaneCarbons": 2, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(tetrafluoroethylene) (PTFE)", "abbreviation": "PTFE", "formula": {"C": 2, "F": 4}, "publishedAlkaneCarbons": 0, "labels": ["alkyl halide (F)"], "components": [
   {"line": "C 1s", "environment": "CF2", "count": 2, "bindingEnergy": 292.5, "isEstimate": false, "isSatellite": false},
   {"line": "F 1s", "environment": "CF2", "count": 4, "bindingEnergy": 689.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(orthoester) based on hexamethylenediol (POEHD)", "abbreviation": "POEHD", "formula": {"C": 17, "H": 30, "O": 6}, "publishedAlkaneCarbons": 4, "labels": ["ether (aliphatic)", "alkane"], "note": "repeat unit taken as the DETOSU-diol poly(ortho ester) (the common POE II)", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 9, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 6, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C(–O)3 orthoester", "count": 2, "bindingEnergy": 289.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (orthoester)", "count": 6, "bindingEnergy": 532.9, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(methacrylonitrile) (PMAN)", "abbreviation": "PMAN", "formula": {"C": 4, "H": 5, "N": 1}, "publishedAlkaneCarbons": 3, "labels": ["nitrile", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C≡N", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "C≡N", "count": 1, "bindingEnergy": 399.6, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(methylene glycol) (PMG)", "abbreviation": "PMG", "formula": {"C": 1, "H": 2, "O": 1}, "publishedAlkaneCarbons": 0, "labels": ["ether (aliphatic)"], "components": [
   {"line": "C 1s", "environment": "O–C–O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "O–C–O", "count": 1, "bindingEnergy": 533.2, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(vinyl methyl ketone) (PVMK)", "abbreviation": "PVMK", "formula": {"C": 4, "H": 6, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["ketone (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ketone)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(3-hydroxybutyrate) (PHB)", "abbreviation": "PHB", "formula": {"C": 4, "H": 6, "O": 2}, "publishedAlkaneCarbons": 1, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "cellulose triacetate (CTA)", "abbreviation": "CTA", "formula": {"C": 12, "H": 16, "O": 8}, "publishedAlkaneCarbons": 0, "labels": ["ether (aliphatic)", "ester (aliphatic)"], "components": [
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 3, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 3, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C–O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 3, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 3, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 3, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 2, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(4-methylstyrene) (P4MS)", "abbreviation": "P4MS", "formula": {"C": 9, "H": 10}, "publishedAlkaneCarbons": 3, "labels": ["benzene ring", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "N,N'-Diphenyl-1,4-phenylenediamine [poly(aniline) oligomer]", "formula": {"C": 18, "H": 16, "N": 2}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "amine"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 14, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N (aromatic)", "count": 4, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "C–NH–C (aromatic amine)", "count": 2, "bindingEnergy": 399.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 18, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(sebacic anhydride) (PSA)", "abbreviation": "PSA", "formula": {"C": 10, "H": 16, "O": 3}, "publishedAlkaneCarbons": 6, "labels": ["anhydride", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 6, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 2, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C(=O)–O–C(=O)", "count": 2, "bindingEnergy": 289.4, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (anhydride)", "count": 2, "bindingEnergy": 532.6, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (anhydride)", "count": 1, "bindingEnergy": 533.9, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(acrylic acid) (PAA)", "abbreviation": "PAA", "formula": {"C": 3, "H": 4, "O": 2}, "publishedAlkaneCarbons": 2, "labels": ["carboxylic acid", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "COOH", "count": 1, "bindingEnergy": 289.3, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (acid)", "count": 1, "bindingEnergy": 532.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH (acid)", "count": 1, "bindingEnergy": 533.6, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(ethylene), high density (HDPE)", "abbreviation": "HDPE", "formula": {"C": 2, "H": 4}, "publishedAlkaneCarbons": 2, "labels": ["alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(glycidyl methacrylate) (PGMA)", "abbreviation": "PGMA", "formula": {"C": 7, "H": 10, "O": 3}, "publishedAlkaneCarbons": 3, "labels": ["ether (aliphatic)", "ester (aliphatic)", "epoxide", "alkane"], "note": "the epoxide ring is also labelled aliphatic ether (a cyclic ether)", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (epoxide)", "count": 2, "bindingEnergy": 286.6, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (epoxide)", "count": 1, "bindingEnergy": 533.0, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(methacrylic acid) (PMAA)", "abbreviation": "PMAA", "formula": {"C": 4, "H": 6, "O": 2}, "publishedAlkaneCarbons": 3, "labels": ["carboxylic acid", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "COOH", "count": 1, "bindingEnergy": 289.3, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (acid)", "count": 1, "bindingEnergy": 532.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH (acid)", "count": 1, "bindingEnergy": 533.6, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(vinyl alcohol) (PVA)", "abbreviation": "PVA", "formula": {"C": 2, "H": 4, "O": 1}, "publishedAlkaneCarbons": 1, "labels": ["alcohol (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 1, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(ether imide) (Ultem 1000) (ULT)", "abbreviation": "ULT", "formula": {"C": 37, "H": 24, "N": 2, "O": 6}, "publishedAlkaneCarbons": 3, "labels": ["benzene ring", "ether (aromatic)", "imide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 24, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 4, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N (aromatic)", "count": 2, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O (imide)", "count": 4, "bindingEnergy": 288.6, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "imide N", "count": 2, "bindingEnergy": 400.6, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (imide)", "count": 4, "bindingEnergy": 532.0, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (aromatic)", "count": 2, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 30, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(4-bromostyrene) (PBS)", "abbreviation": "PBS", "formula": {"C": 8, "H": 7, "Br": 1}, "publishedAlkaneCarbons": 2, "labels": ["bromobenzene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–Br (aromatic)", "count": 1, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "Br 3d", "environment": "C–Br (aromatic)", "count": 1, "bindingEnergy": 70.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "Poly(2-chloroethyl methacrylate) (PCEMA)", "abbreviation": "PCEMA", "formula": {"C": 6, "H": 9, "Cl": 1, "O": 2}, "publishedAlkaneCarbons": 3, "labels": ["alkyl halide (Cl)", "ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "CH2–Cl", "count": 1, "bindingEnergy": 286.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false},
   {"line": "Cl 2p", "environment": "C–Cl", "count": 1, "bindingEnergy": 200.5, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(urea) (PUa)", "abbreviation": "PUa", "formula": {"C": 3, "H": 6, "N": 2, "O": 1}, "publishedAlkaneCarbons": 0, "labels": ["amine", "amide"], "note": "structure not given by the source: an aliphatic polyurea without plain alkane carbons (published count 0); urea labelled amide and amine", "components": [
   {"line": "C 1s", "environment": "C–N", "count": 2, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C(=O)–N", "count": 1, "bindingEnergy": 288.9, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C(=O)–N", "count": 2, "bindingEnergy": 399.9, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C(=O)–N", "count": 1, "bindingEnergy": 531.3, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(2-chlorostyrene) (P2CS)", "abbreviation": "P2CS", "formula": {"C": 8, "H": 7, "Cl": 1}, "publishedAlkaneCarbons": 2, "labels": ["chlorobenzene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–Cl (aromatic)", "count": 1, "bindingEnergy": 286.0, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "C–Cl (aromatic)", "count": 1, "bindingEnergy": 200.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "Nylon 12 (N12)", "abbreviation": "N12", "formula": {"C": 12, "H": 23, "N": 1, "O": 1}, "publishedAlkaneCarbons": 9, "labels": ["amide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 10, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N", "count": 1, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 399.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 531.4, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(9-vinylcarbazole) (P9VC)", "abbreviation": "P9VC", "formula": {"C": 14, "H": 11, "N": 1}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "amine", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N", "count": 1, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 10, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N (aromatic)", "count": 2, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "carbazole N", "count": 1, "bindingEnergy": 400.0, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 12, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(diallyl phthalate) (PDAP)", "abbreviation": "PDAP", "formula": {"C": 14, "H": 14, "O": 4}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "ester (aromatic)"], "note": "allyl groups taken as fully polymerised; the published count of alkane carbons is 0, so the label alkane is not set although the backbone is aliphatic", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 2, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 2, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (aromatic ester)", "count": 2, "bindingEnergy": 531.8, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (aromatic ester)", "count": 2, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(ethyleneimine) (PEI)", "abbreviation": "PEI", "formula": {"C": 2, "H": 5, "N": 1}, "publishedAlkaneCarbons": 0, "labels": ["amine"], "components": [
   {"line": "C 1s", "environment": "C–N", "count": 2, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "C–N (amine)", "count": 1, "bindingEnergy": 399.3, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(vinyl isobutyl ether) (PViBE)", "abbreviation": "PViBE", "formula": {"C": 6, "H": 12, "O": 1}, "publishedAlkaneCarbons": 4, "labels": ["ether (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(tert-butyl methacrylate) (PtBMA)", "abbreviation": "PtBMA", "formula": {"C": 8, "H": 14, "O": 2}, "publishedAlkaneCarbons": 6, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 5, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(styrene) (PS)", "abbreviation": "PS", "formula": {"C": 8, "H": 8}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(vinylbenzyltrimethylammonium chloride) (PVBTMAC)", "abbreviation": "PVBTMAC", "formula": {"C": 12, "H": 18, "Cl": 1, "N": 1}, "publishedAlkaneCarbons": 3, "labels": ["benzene ring", "amine", "alkane"], "note": "quaternary ammonium labelled amine", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N+", "count": 4, "bindingEnergy": 286.4, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "R4N+", "count": 1, "bindingEnergy": 402.5, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "Cl− (chloride)", "count": 1, "bindingEnergy": 197.0, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(acrylonitrile) (PAN)", "abbreviation": "PAN", "formula": {"C": 3, "H": 3, "N": 1}, "publishedAlkaneCarbons": 2, "labels": ["nitrile", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C≡N", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "C≡N", "count": 1, "bindingEnergy": 399.6, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(isobutylene) (PIB)", "abbreviation": "PIB", "formula": {"C": 4, "H": 8}, "publishedAlkaneCarbons": 4, "labels": ["alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(4-methoxystyrene) (PMS)", "abbreviation": "PMS", "formula": {"C": 9, "H": 10, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "ether (aromatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 1, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 1, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (aryl alkyl ether)", "count": 1, "bindingEnergy": 533.2, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(vinylidine fluoride) (PVdF)", "abbreviation": "PVdF", "formula": {"C": 2, "H": 2, "F": 2}, "publishedAlkaneCarbons": 1, "labels": ["alkyl halide (F)", "alkane"], "components": [
   {"line": "C 1s", "environment": "CH2 (β to CF2)", "count": 1, "bindingEnergy": 286.4, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "CF2", "count": 1, "bindingEnergy": 290.8, "isEstimate": false, "isSatellite": false},
   {"line": "F 1s", "environment": "CF2", "count": 2, "bindingEnergy": 688.0, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(dimethylsiloxane) (PDMS)", "abbreviation": "PDMS", "formula": {"C": 2, "H": 6, "O": 1, "Si": 1}, "publishedAlkaneCarbons": 0, "labels": ["siloxane"], "note": "Si 2p3/2 101.6 eV puts the unresolved 1:2 doublet's centroid at 101.8 eV", "components": [
   {"line": "C 1s", "environment": "Si–C", "count": 2, "bindingEnergy": 284.4, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "Si–O–Si", "count": 1, "bindingEnergy": 532.0, "isEstimate": false, "isSatellite": false},
   {"line": "Si 2p", "environment": "O–Si(CH3)2–O", "count": 1, "bindingEnergy": 101.6, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(phenoxyphosphazine) (PPP)", "abbreviation": "PPP", "formula": {"C": 12, "H": 10, "N": 1, "O": 2, "P": 1}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "phosphazene", "phenoxy"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 10, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–P (aromatic)", "count": 2, "bindingEnergy": 286.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "P–O–C", "count": 2, "bindingEnergy": 533.2, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "P=N", "count": 1, "bindingEnergy": 397.7, "isEstimate": true, "isSatellite": false},
   {"line": "P 2p", "environment": "N=P(OR)2", "count": 1, "bindingEnergy": 133.9, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 12, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(orthoester) based on trans-cyclohexanedimethanol (POECDM)", "abbreviation": "POECDM", "formula": {"C": 19, "H": 32, "O": 6}, "publishedAlkaneCarbons": 6, "labels": ["ether (aliphatic)", "alkane"], "note": "repeat unit taken as the DETOSU-diol poly(ortho ester) (the common POE II)", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 11, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 6, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C(–O)3 orthoester", "count": 2, "bindingEnergy": 289.3, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (orthoester)", "count": 6, "bindingEnergy": 532.9, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(ethyl acrylate) (PEA)", "abbreviation": "PEA", "formula": {"C": 5, "H": 8, "O": 2}, "publishedAlkaneCarbons": 3, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(vinyl propionate) (PVP)", "abbreviation": "PVP", "formula": {"C": 5, "H": 8, "O": 2}, "publishedAlkaneCarbons": 2, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(ethylene adipate) (PEAd)", "abbreviation": "PEAd", "formula": {"C": 8, "H": 12, "O": 4}, "publishedAlkaneCarbons": 2, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 2, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 2, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 2, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 2, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 2, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(pheonylmethylsiloxane) (PPMS)", "abbreviation": "PPMS", "formula": {"C": 7, "H": 8, "O": 1, "Si": 1}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "siloxane"], "components": [
   {"line": "C 1s", "environment": "Si–C", "count": 1, "bindingEnergy": 284.4, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "Si–O–Si", "count": 1, "bindingEnergy": 532.0, "isEstimate": false, "isSatellite": false},
   {"line": "Si 2p", "environment": "O–Si(CH3)(C6H5)–O", "count": 1, "bindingEnergy": 101.8, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(1,2-butadiene) (PBD)", "abbreviation": "PBD", "formula": {"C": 4, "H": 6}, "publishedAlkaneCarbons": 2, "labels": ["alkene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=C", "count": 2, "bindingEnergy": 284.8, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(cis-butadiene) (PcBD)", "abbreviation": "PcBD", "formula": {"C": 4, "H": 6}, "publishedAlkaneCarbons": 2, "labels": ["alkene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=C", "count": 2, "bindingEnergy": 284.8, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(phenylene sulphide) (PPS)", "abbreviation": "PPS", "formula": {"C": 6, "H": 4, "S": 1}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "sulfide"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 4, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–S (aromatic)", "count": 2, "bindingEnergy": 285.3, "isEstimate": true, "isSatellite": false},
   {"line": "S 2p", "environment": "C–S–C (aromatic)", "count": 1, "bindingEnergy": 163.9, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(sodium 4-styrenesulphonate) (PSS)", "abbreviation": "PSS", "formula": {"C": 8, "H": 7, "Na": 1, "O": 3, "S": 1}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "sulfonate", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 5, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–SO3 (aromatic)", "count": 1, "bindingEnergy": 285.4, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "SO3−", "count": 3, "bindingEnergy": 531.6, "isEstimate": true, "isSatellite": false},
   {"line": "S 2p", "environment": "SO3−", "count": 1, "bindingEnergy": 168.1, "isEstimate": true, "isSatellite": false},
   {"line": "Na 1s", "environment": "Na+", "count": 1, "bindingEnergy": 1071.5, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(methyl acrylate) (PMA)", "abbreviation": "PMA", "formula": {"C": 4, "H": 6, "O": 2}, "publishedAlkaneCarbons": 2, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "Nylon 6 (N6)", "abbreviation": "N6", "formula": {"C": 6, "H": 11, "N": 1, "O": 1}, "publishedAlkaneCarbons": 3, "labels": ["amide", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N", "count": 1, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 399.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "N–C=O", "count": 1, "bindingEnergy": 531.4, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(vinyl trifluoroacetate) (PVTFA)", "abbreviation": "PVTFA", "formula": {"C": 4, "H": 3, "F": 3, "O": 2}, "publishedAlkaneCarbons": 1, "labels": ["alkyl halide (F)", "ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "CH2 (β to CH–O)", "count": 1, "bindingEnergy": 285.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "CH–O–C=O", "count": 1, "bindingEnergy": 287.3, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C(=O)–CF3", "count": 1, "bindingEnergy": 289.9, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "CF3", "count": 1, "bindingEnergy": 293.0, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (trifluoroacetate)", "count": 1, "bindingEnergy": 532.7, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (trifluoroacetate)", "count": 1, "bindingEnergy": 534.2, "isEstimate": true, "isSatellite": false},
   {"line": "F 1s", "environment": "CF3", "count": 3, "bindingEnergy": 688.8, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(2,6-dimethyl-1,4-phenylene oxide) (PDMPO)", "abbreviation": "PDMPO", "formula": {"C": 8, "H": 8, "O": 1}, "publishedAlkaneCarbons": 2, "labels": ["benzene ring", "ether (aromatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 4, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 2, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (aromatic)", "count": 1, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(acetylacetoxyethyl methacrylate) (PAAEMA)", "abbreviation": "PAAEMA", "formula": {"C": 10, "H": 14, "O": 5}, "publishedAlkaneCarbons": 3, "labels": ["ketone (aliphatic)", "ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C(=O)–CH2–C(=O)", "count": 1, "bindingEnergy": 285.9, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 2, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 2, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 2, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 2, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ketone)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "Hydroxypropylycellulose (HPCEL)", "abbreviation": "HPCEL", "formula": {"C": 9, "H": 16, "O": 6}, "publishedAlkaneCarbons": 1, "labels": ["alcohol (aliphatic)", "ether (aliphatic)", "alkane"], "note": "idealised unit: one hydroxypropyl group per anhydroglucose unit (molar substitution 1, as the published count of one alkane carbon implies); commercial grades have 3–4", "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 1, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 7, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C–O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 3, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH", "count": 3, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(urethane) (PU)", "abbreviation": "PU", "formula": {"C": 8, "H": 14, "N": 2, "O": 5}, "publishedAlkaneCarbons": 0, "labels": ["amine", "ether (aliphatic)", "ester (aliphatic)"], "note": "structure not given by the source: a poly(ether urethane) without plain alkane carbons (published count 0); the urethane is labelled amine and ester", "components": [
   {"line": "C 1s", "environment": "C–N", "count": 2, "bindingEnergy": 285.9, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 2, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O", "count": 2, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C(=O)–O", "count": 2, "bindingEnergy": 289.6, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "N–C(=O)–O", "count": 2, "bindingEnergy": 400.0, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (urethane)", "count": 2, "bindingEnergy": 532.0, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (urethane)", "count": 2, "bindingEnergy": 533.5, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 1, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(4-vinylpyridine) (P4VP)", "abbreviation": "P4VP", "formula": {"C": 7, "H": 7, "N": 1}, "publishedAlkaneCarbons": 2, "labels": ["pyridine", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 3, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N (aromatic)", "count": 2, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "pyridinic N", "count": 1, "bindingEnergy": 399.3, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 5, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "cellulose (CEL)", "abbreviation": "CEL", "formula": {"C": 6, "H": 10, "O": 5}, "publishedAlkaneCarbons": 0, "labels": ["alcohol (aliphatic)", "ether (aliphatic)"], "components": [
   {"line": "C 1s", "environment": "C–O", "count": 5, "bindingEnergy": 286.5, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C–O", "count": 1, "bindingEnergy": 287.9, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C", "count": 2, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–OH", "count": 3, "bindingEnergy": 532.8, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(cis-isoprene) (PcI)", "abbreviation": "PcI", "formula": {"C": 5, "H": 8}, "publishedAlkaneCarbons": 3, "labels": ["alkene", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C=C", "count": 2, "bindingEnergy": 284.8, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(vinyl fluoride) (PVF)", "abbreviation": "PVF", "formula": {"C": 2, "H": 3, "F": 1}, "publishedAlkaneCarbons": 1, "labels": ["alkyl halide (F)", "alkane"], "components": [
   {"line": "C 1s", "environment": "CH2 (β to CHF)", "count": 1, "bindingEnergy": 285.9, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "CHF", "count": 1, "bindingEnergy": 287.9, "isEstimate": true, "isSatellite": false},
   {"line": "F 1s", "environment": "CHF", "count": 1, "bindingEnergy": 687.0, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(propylene) (PP)", "abbreviation": "PP", "formula": {"C": 3, "H": 6}, "publishedAlkaneCarbons": 3, "labels": ["alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(2-vinylpyridine) (P2VP)", "abbreviation": "P2VP", "formula": {"C": 7, "H": 7, "N": 1}, "publishedAlkaneCarbons": 2, "labels": ["pyridine", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 2, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 3, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N (aromatic)", "count": 2, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "N 1s", "environment": "pyridinic N", "count": 1, "bindingEnergy": 399.3, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 5, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(caprolactone) (PCL)", "abbreviation": "PCL", "formula": {"C": 6, "H": 10, "O": 2}, "publishedAlkaneCarbons": 3, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(hexamethylene sulphone) (PHMS)", "abbreviation": "PHMS", "formula": {"C": 6, "H": 12, "O": 2, "S": 1}, "publishedAlkaneCarbons": 4, "labels": ["sulfone", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 4, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–SO2", "count": 2, "bindingEnergy": 285.9, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "O=S=O", "count": 2, "bindingEnergy": 532.1, "isEstimate": true, "isSatellite": false},
   {"line": "S 2p", "environment": "SO2", "count": 1, "bindingEnergy": 167.7, "isEstimate": true, "isSatellite": false}
  ]},
  {"name": "poly(ether imide) (Kapton HN) (KAP)", "abbreviation": "KAP", "formula": {"C": 22, "H": 10, "N": 2, "O": 5}, "publishedAlkaneCarbons": 0, "labels": ["benzene ring", "ether (aromatic)", "imide"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 14, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–N (aromatic)", "count": 2, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O (aromatic)", "count": 2, "bindingEnergy": 286.2, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "N–C=O (imide)", "count": 4, "bindingEnergy": 288.6, "isEstimate": false, "isSatellite": false},
   {"line": "N 1s", "environment": "imide N", "count": 2, "bindingEnergy": 400.6, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (imide)", "count": 4, "bindingEnergy": 532.0, "isEstimate": true, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C (aromatic)", "count": 1, "bindingEnergy": 533.4, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 18, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(vinyl laurate) (PVL)", "abbreviation": "PVL", "formula": {"C": 14, "H": 26, "O": 2}, "publishedAlkaneCarbons": 11, "labels": ["ester (aliphatic)", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 11, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C(=O)O (β-shifted)", "count": 1, "bindingEnergy": 285.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–O–C=O", "count": 1, "bindingEnergy": 286.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "O–C=O", "count": 1, "bindingEnergy": 289.0, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C=O (ester)", "count": 1, "bindingEnergy": 532.2, "isEstimate": false, "isSatellite": false},
   {"line": "O 1s", "environment": "C–O–C=O (ester)", "count": 1, "bindingEnergy": 533.7, "isEstimate": false, "isSatellite": false}
  ]},
  {"name": "poly(a-methylstryene) (PαMS)", "abbreviation": "PαMS", "formula": {"C": 9, "H": 10}, "publishedAlkaneCarbons": 3, "labels": ["benzene ring", "alkane"], "components": [
   {"line": "C 1s", "environment": "C–C/C–H", "count": 3, "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "C–C/C–H (aromatic)", "count": 6, "bindingEnergy": 284.7, "isEstimate": false, "isSatellite": false},
   {"line": "C 1s", "environment": "π→π* shake-up", "count": 6, "bindingEnergy": 291.4, "isEstimate": true, "isSatellite": true, "relativeIntensity": 0.07}
  ]},
  {"name": "poly(vinyl chloride) (PVC)", "abbreviation": "PVC", "formula": {"C": 2, "H": 3, "Cl": 1}, "publishedAlkaneCarbons": 1, "labels": ["alkyl halide (Cl)", "alkane"], "components": [
   {"line": "C 1s", "environment": "CH2 (β to CHCl)", "count": 1, "bindingEnergy": 285.6, "isEstimate": true, "isSatellite": false},
   {"line": "C 1s", "environment": "CHCl", "count": 1, "bindingEnergy": 286.6, "isEstimate": true, "isSatellite": false},
   {"line": "Cl 2p", "environment": "C–Cl", "count": 1, "bindingEnergy": 200.5, "isEstimate": false, "isSatellite": false}
  ]}
 ]
}
"""#
