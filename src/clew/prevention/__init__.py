"""Prevention and help: the public "check an offer" logic, the help directory of
national hotlines, the message catalogues and the training mode.

``clew.prevention.explain`` turns the pipeline's indicator hits into plain-language
warning signs; ``helpdir`` reads and lints the help directory; ``i18n`` reads the
gettext catalogues; ``learn`` builds lessons and quizzes from synthetic examples;
the per-client limit of the public check lives with the server's other shared limits
(``clew.web.shared``). Nothing here stores a checked text or anything about the person
who checks.
"""
