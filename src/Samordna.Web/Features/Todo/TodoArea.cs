using Samordna.Web.Features.Shared;
using Samordna.Web.Features.Todo.ListTodo;
using Samordna.Web.Infrastructure.Startup;

namespace Samordna.Web.Features.Todo;

/// <summary>
/// The association's to-do list ("Att göra"), its start page: runs every area's registered <see cref="ITodoSource"/>
/// and shows each user what concerns their role (see README.md).
/// </summary>
public sealed class TodoArea : IFeatureArea
{
    public IEnumerable<NavItem> Navigation =>
    [
        new("Att göra", "/forbund/{associationId}/att-gora", NavPlacement.Association, -10, TodoPermissions.View),
    ];

    public void MapApi(RouteGroupBuilder api) => ListTodoEndpoints.Map(api);
}
