"""How `wirecopy --help` names values: `--out OUT`, `SOURCE`, never `<str>`, `<bool>` or `{source}`.

typer 0.29 labels every option with its Python type in angle brackets
(`<str>`, also `<bool>` on flags that take no value) and writes a required
argument as `{source}` in the usage line. Both read as template leftovers
to a person at a terminal. `tidy()` makes typer show an option's metavar,
or click's plain words (TEXT, INTEGER, PATH), nothing for a flag, and
arguments by their upper-case names, as click and most Unix tools do. It
changes only how help is drawn, never how values are parsed; a test keeps
every command's help free of the old forms.
"""

from __future__ import annotations

from typer.core import TyperArgument, TyperOption

_WORDS = {"str": "TEXT", "int": "INTEGER", "int range": "INTEGER", "float": "NUMBER", "float range": "NUMBER",
          "path": "PATH", "file": "FILE", "directory": "FOLDER", "datetime": "DATETIME"}


def _option_value(self: TyperOption, ctx) -> str | None:
    if self.metavar is not None:
        return self.metavar
    if self.is_flag or self.count:
        return None
    label = self.display_type(ctx).strip("<>")
    return _WORDS.get(label, label.upper())


def _argument_value(self: TyperArgument, ctx) -> str | None:
    return None  # the argument's name (its metavar) already says what goes there


def _argument_usage(self: TyperArgument) -> str:
    name = self.metavar or self.name.upper()
    name = name if self.required else f"[{name}]"
    return name + ("..." if self.nargs != 1 else "")


def tidy() -> None:
    TyperOption.display_type_rich = _option_value
    TyperArgument.display_type_rich = _argument_value
    TyperArgument._usage_display_name = _argument_usage
