using System.Text.RegularExpressions;

namespace Registry.Validation;

/// <summary>
/// The options of every pattern that reads text from outside (mail, headers, request fields): the
/// non-backtracking engine matches in time linear in the input, so no message, however built, can hold a
/// worker (a mail with long runs of blank lines once took the intake more than 30 s). The engine has no
/// lookarounds or backreferences; a rule that needs one is written as two patterns or a check in code.
/// </summary>
public static class LinearRegex
{
    public const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
}
