"""export_archive / import_archive: a round trip loses nothing."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from archive.models import Article, Entity, Quotation

pytestmark = pytest.mark.django_db


def export() -> dict:
    out = StringIO()
    call_command("export_archive", stdout=out)
    return json.loads(out.getvalue())


def wipe() -> None:
    Article.objects.all().delete()
    Entity.objects.all().delete()
    from archive.models import Publication

    Publication.objects.all().delete()


def test_round_trip_restores_everything(seeded, tmp_path):
    quotation = Quotation.objects.public().first()
    quotation.status = "reviewed"
    quotation.speaker_as_written = "edited by an editor"
    quotation.save()
    first = export()
    assert first["articles"][0]["quotations"][0]["url"].startswith("/quotations/")
    path = tmp_path / "archive.json"
    call_command("export_archive", "-o", str(path), verbosity=0)
    wipe()
    call_command("import_archive", str(path), verbosity=0)
    second = export()
    first.pop("exported")
    second.pop("exported")
    assert second == first
    restored = Quotation.objects.get(pk=quotation.pk)
    assert restored.status == "reviewed"
    assert restored.speaker_as_written == "edited by an editor"
    # New rows after a restore get fresh ids (sequences moved past the restored ones).
    Entity.objects.create(name="Someone New")


def test_restore_refuses_a_non_empty_archive(seeded, tmp_path):
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(export()))
    with pytest.raises(CommandError, match="not empty"):
        call_command("import_archive", str(path))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "not an editorial-archive export"),
        ('{"format": "editorial-archive", "version": 99}', "unsupported export version"),
    ],
)
def test_restore_rejects_malformed_files(db, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(CommandError, match=message):
        call_command("import_archive", str(path))


def test_restore_is_all_or_nothing(seeded, tmp_path):
    data = export()
    data.pop("exported")
    data["articles"][-1]["quotations"][0]["start"] += 1  # a broken anchor in the last article
    wipe()
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match="nothing restored"):
        call_command("import_archive", str(path))
    assert Article.objects.count() == 0
    assert Entity.objects.count() == 0


def test_restore_reports_dangling_references(seeded, tmp_path):
    data = export()
    data["articles"][0]["quotations"][0]["speaker"] = 987654
    wipe()
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(CommandError, match="nothing restored"):
        call_command("import_archive", str(path))
    assert Article.objects.count() == 0
