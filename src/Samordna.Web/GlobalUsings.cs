// The namespaces nearly every feature file uses: the app's own platform (domain types, the database context, errors and
// results, permissions, form helpers) and the ASP.NET Core and EF Core namespaces a page, an endpoint or a handler is
// written against. Feature namespaces (another area's Data, Rules, Snapshot …) stay as explicit usings in the file that
// needs them, so a dependency between areas is visible where it is made.
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.EntityFrameworkCore;
global using Samordna.Web.Data;
global using Samordna.Web.Domain;
global using Samordna.Web.Features.Shared.Forms;
global using Samordna.Web.Infrastructure.Errors;
global using Samordna.Web.Infrastructure.Security;
