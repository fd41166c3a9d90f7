namespace Samordna.Web.Features.Allocation.RunAllocation;

/// <summary>How the API answers an allocation that cannot be made (the compute and run endpoints share it).</summary>
internal static class AllocationProblems
{
    /// <summary>422: the engine's Swedish messages, with the associations they name under <c>associations</c>.</summary>
    internal static ProblemHttpResult Infeasible(IReadOnlyList<Error> failure) =>
        ApiResults.Problem(new Error(failure[0].Code, failure.Describe(), ErrorKind.BusinessRule), new Dictionary<string, object?>
        {
            ["associations"] = failure.Subjects(),
            ["messages"] = failure.Select(e => e.Message).ToArray(),
        });

    internal static ValidationErrors OverrideErrors(IReadOnlyList<Error> failure)
    {
        var errors = new ValidationErrors();
        foreach (var e in failure)
        {
            var field = e.Field is { Length: > 0 } f ? char.ToLowerInvariant(f[0]) + f[1..] : "overrides";
            errors.Add(e.Subjects.Count > 0 ? $"associations.{e.Subjects[0]}.{field}" : $"overrides.{field}", e.Message);
        }

        return errors;
    }
}
