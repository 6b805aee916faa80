from archive.extraction.text import diacritic_count, fold, normalise


def test_normalise_odd_spaces_and_line_ends():
    raw = "A\u00a0b\u2009c\u202fd\r\nE\u200b\ufefff  g\x00\rh  "
    assert normalise(raw) == "A b c d\nEf g\nh"


def test_fold_is_accent_and_case_insensitive():
    assert fold("Óscar PÉREZ") == fold("oscar perez") == "oscar perez"


def test_diacritic_count_prefers_accented_forms():
    assert diacritic_count("Óscar Pérez") == 2
    assert diacritic_count("Oscar Perez") == 0
