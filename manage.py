#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    # On a developer's machine (no secret configured) commands run in development mode, so
    # `manage.py check` or `createsuperuser` work from a fresh clone. The web entry point
    # (config/wsgi.py) never does this: with no secret, the site refuses to start.
    if not os.environ.get("DJANGO_SECRET_KEY"):
        os.environ.setdefault("DJANGO_DEBUG", "true")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
