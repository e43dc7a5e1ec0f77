"""Views of extracted facts for a person: a page of one document with its facts highlighted in
place (`show`, through spaCy's displaCy) and a self-contained HTML report of a whole run
(`report`, charts by matplotlib as inline SVG).

Nothing here is imported by `extract`: the commands import these modules when they run, so that
the heavy imports (displaCy, matplotlib) cost nothing to the other commands.
"""
