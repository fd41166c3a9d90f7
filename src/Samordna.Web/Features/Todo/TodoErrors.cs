namespace Samordna.Web.Features.Todo;

public static class TodoErrors
{
    public static readonly Error AssociationNotFound = new("TODO_ASSOCIATION_NOT_FOUND", "Förbundet finns inte.", ErrorKind.NotFound);
}
