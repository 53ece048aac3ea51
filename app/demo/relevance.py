"""Just enough of XLSForm's `relevant` expressions to fill a form as its app would.

Supported: `selected(${q}, 'v')`, `${q} = 'v'`, `${q} != 'v'`, numeric comparisons
with `>`, `>=`, `<`, `<=`, `not(...)`, `and`, `or` and parentheses. An expression
is compiled once into a test of the answers given so far (by question name);
anything else compiles to None and the caller decides.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable

Test = Callable[[dict[str, str]], bool]

_TOKEN = re.compile(
    r"\s*(?:(?P<ref>\$\{[A-Za-z_][A-Za-z0-9._-]*\})|(?P<str>'[^']*'|\"[^\"]*\")"
    r"|(?P<num>-?\d+(?:\.\d+)?)|(?P<op>!=|>=|<=|=|>|<|\(|\)|,)|(?P<word>[A-Za-z_-]+))"
)
_NUMERIC = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le}


class _Unknown(Exception):
    pass


def _tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        found = _TOKEN.match(text, pos)
        if found is None or found.end() == pos:
            raise _Unknown(text[pos:])
        kind = found.lastgroup or ""
        out.append((kind, found.group(kind)))
        pos = found.end()
    return out


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


class _Compiler:
    def __init__(self, tokens: list[tuple[str, str]]) -> None:
        self.tokens = tokens
        self.pos = 0

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", "")

    def take(self, expected: str | None = None) -> tuple[str, str]:
        token = self.peek()
        if token[0] == "end" or (expected is not None and token[1] != expected):
            raise _Unknown(expected or "end")
        self.pos += 1
        return token

    def expression(self) -> Test:
        parts = [self.conjunction()]
        while self.peek() == ("word", "or"):
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else (lambda v: any(p(v) for p in parts))

    def conjunction(self) -> Test:
        parts = [self.unary()]
        while self.peek() == ("word", "and"):
            self.take()
            parts.append(self.unary())
        return parts[0] if len(parts) == 1 else (lambda v: all(p(v) for p in parts))

    def unary(self) -> Test:
        token = self.peek()
        if token in (("word", "not"), ("op", "(")):
            self.take()
            if token[1] == "not":
                self.take("(")
            inner = self.expression()
            self.take(")")
            return (lambda v: not inner(v)) if token[1] == "not" else inner
        if token == ("word", "selected"):
            self.take()
            self.take("(")
            name = self.reference()
            self.take(",")
            choice = self.literal()
            self.take(")")
            return lambda v: choice in v.get(name, "").split()
        return self.comparison()

    def reference(self) -> str:
        kind, text = self.take()
        if kind != "ref":
            raise _Unknown(text)
        return text[2:-1]

    def literal(self) -> str:
        kind, text = self.take()
        if kind == "str":
            return text[1:-1]
        if kind == "num":
            return text
        raise _Unknown(text)

    def comparison(self) -> Test:
        name = self.reference()
        kind, op = self.take()
        if kind != "op" or op not in ("=", "!=", *_NUMERIC):
            raise _Unknown(op)
        right = self.literal()
        if op == "=":
            return lambda v: v.get(name, "") == right
        if op == "!=":
            return lambda v: v.get(name, "") != right
        limit = _number(right)
        if limit is None:
            raise _Unknown(right)
        compare = _NUMERIC[op]

        def test(v: dict[str, str]) -> bool:
            left = _number(v.get(name, ""))
            return left is not None and compare(left, limit)

        return test


def compile_relevant(expression: str) -> Test | None:
    """A test of the answers so far; None when the expression is beyond this reader."""
    if not expression.strip():
        return lambda v: True
    try:
        compiler = _Compiler(_tokens(expression))
        test = compiler.expression()
    except _Unknown:
        return None
    return test if compiler.pos == len(compiler.tokens) else None
