import pytest

from guetteur.text import fold, romanised


@pytest.mark.parametrize("raw, folded", [
    ("Aïn-Zara", "ain zara"),
    ("L\u2019Armée nationale", "l'armee nationale"),
    ("  Tombouctou\n", "tombouctou"),
    ("", ""),
])
def test_fold(raw, folded):
    assert fold(raw) == folded


@pytest.mark.parametrize("raw, expected", [
    ("Al \u2018Az\u012bz\u012byah", "Al Aziziyah"),
    ("\u015eurm\u0101n", "Surman"),
    ("Ar\u012b\u1e29\u0101", "Ariha"),
    ("D\u00e9ou", "Deou"),
    ("Gharyan", "Gharyan"),
])
def test_romanised(raw, expected):
    assert romanised(raw) == expected
