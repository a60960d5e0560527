"""`python -m wiredesk ...`: the same commands as the `wiredesk` script."""

from wiredesk.cli import main

main()
