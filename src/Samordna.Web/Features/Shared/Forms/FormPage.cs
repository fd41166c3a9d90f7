namespace Samordna.Web.Features.Shared.Forms;

/// <summary>
/// The shape every form page shares: the form's fields are bound to <see cref="Input"/> when it is posted (not on a
/// GET, as with any <c>[BindProperty]</c>), and the post goes through <see cref="FormSubmit"/>. A page that fills select
/// lists also implements <see cref="IFormWithLists"/>, so a refused or conflicting save can show them again.
/// </summary>
public abstract class FormPage<TInput> : PageModel
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();
}
