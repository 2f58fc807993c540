"""`python -m execwatch.services` runs the execwatch command."""

from execwatch.services.cli import main

main()
