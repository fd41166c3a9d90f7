using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Samordna.Web.Infrastructure.Errors;
using Samordna.Web.Infrastructure.Security;

namespace Samordna.TestSupport;

/// <summary>A use case refused the data a test tried to arrange: the test data breaks a rule, so fix the data.</summary>
public sealed class TestDataRefusedException(string message) : InvalidOperationException(message);

/// <summary>
/// Runs the application's own use cases to arrange test data, so test data passes exactly the validation and rules
/// real data does. Each call runs in a service scope of its own, set up the way a request sets it up: the association
/// the request is about in the route (<see cref="HttpRequestScope"/> confines the database context to it, as for
/// /api/v1/associations/{associationId}/…), and an actor the audit log names (<see cref="ActorName"/>).
/// </summary>
public static class UseCases
{
    /// <summary>Who the audit log says arranged the data.</summary>
    public const string ActorName = "system (testdata)";

    /// <summary>
    /// Checks <paramref name="validation"/> (the handler's own <c>Validate</c>, as the endpoint calls it), then runs
    /// <paramref name="useCase"/> on the handler, within <paramref name="associationId"/>'s scope or none (national
    /// work). A refusal throws <see cref="TestDataRefusedException"/> with the Swedish messages.
    /// </summary>
    public static async Task<T> RunAsync<THandler, T>(
        this SamordnaTestHost host,
        Guid? associationId,
        ValidationErrors validation,
        Func<THandler, CancellationToken, Task<Result<T>>> useCase)
        where THandler : notnull
    {
        if (!validation.IsValid)
        {
            var fields = validation.ToDictionary().SelectMany(kv => kv.Value.Select(m => $"{kv.Key}: {m}"));
            throw new TestDataRefusedException($"{typeof(THandler).Name} refused the test data: {string.Join(" ", fields)}");
        }

        await using var scope = host.CreateScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = SystemUser() };
        if (associationId is { } id)
        {
            http.Request.RouteValues[HttpRequestScope.RouteKey] = id.ToString();
        }

        // The accessor's context flows with this call only (an async local), never into the host's own requests.
        accessor.HttpContext = http;
        try
        {
            var result = await useCase(scope.ServiceProvider.GetRequiredService<THandler>(), CancellationToken.None);
            if (!result.IsSuccess)
            {
                var error = result.Error!;
                throw new TestDataRefusedException($"{typeof(THandler).Name} refused the test data: {error.Code}{(error.Field is { } f ? $" ({f})" : string.Empty)}: {error.Message}");
            }

            return result.Value!;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    private static ClaimsPrincipal SystemUser() =>
        new(new ClaimsIdentity([new Claim(SamordnaClaims.DisplayName, ActorName)], authenticationType: "TestData"));
}
