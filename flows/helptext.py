"""How `wirecopy --help` names values: `--out TEXT`, `SOURCE`, never `<str>`, `<bool>` or `{source}`.

typer 0.29 labels every parameter with its Python type in angle brackets
(`<str>`, also `<bool>` on flags that take no value) and writes a required
argument as `{source}` in the usage line. Both read as template leftovers to
a person at a terminal. Options say what they take by their `metavar=` in
flows/cli.py (click's plain words TEXT, INTEGER, NUMBER, PATH; "" for a
flag). Arguments have no such setting: `typer.Argument` ignores its metavar
for the type label and braces it in the usage line, and takes no class of
its own. So each command is a `Command` (`@app.command(cls=Command)`, typer's
public hook), which makes its arguments `NamedArgument`s: shown by their
names alone, as click and most Unix tools do. The `--help` option typer adds
is a flag like any other (`Command`, and `Group` for `wirecopy --help`).
Nothing here changes how values are parsed, and no typer class is modified;
a test keeps every command's help free of the old forms.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup


class NamedArgument(TyperArgument):
    """An argument shown by its name: `SOURCE` in the usage line, `[SQL]` when optional, no type label."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the argument's name already says what goes there

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        name = self.metavar or self.name.upper()
        name = name if self.required else f"[{name}]"
        return [name + ("..." if self.nargs != 1 else "")]


class _HelpFlag:
    """`--help` drawn as the flag it is: typer builds it as a bool option, labelled `<bool>`."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.metavar = ""  # what every flag in flows/cli.py declares: it takes no value
        return option


class Command(_HelpFlag, TyperCommand):
    """A typer command whose arguments are NamedArguments."""

    def __init__(self, *args: Any, params: list[Any] | None = None, **kwargs: Any) -> None:
        for param in params or ():
            if type(param) is TyperArgument:
                # typer builds every argument as a TyperArgument and has no setting for
                # its class; the subclass adds no state, only how the help draws it.
                param.__class__ = NamedArgument
        super().__init__(*args, params=params, **kwargs)


class Group(_HelpFlag, TyperGroup):
    """The `wirecopy` group itself (`typer.Typer(cls=Group)`): its own `--help` as a flag."""
