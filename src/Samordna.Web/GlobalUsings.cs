// The namespaces nearly every feature file uses: the app's own platform (domain types, the database context, errors and
// results, permissions, form and file helpers, the audit log, options, cultures) and the ASP.NET Core and EF Core namespaces a page, an endpoint or a handler is
// written against. Feature namespaces (another area's Data, Rules, Snapshot …) stay as explicit usings in the file that
// needs them, so a dependency between areas is visible where it is made.
global using System.Globalization;
global using Microsoft.AspNetCore.Authorization;
global using Microsoft.AspNetCore.Http.HttpResults;
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.AspNetCore.Mvc.RazorPages;
global using Microsoft.AspNetCore.Mvc.Rendering;
global using Microsoft.EntityFrameworkCore;
global using Microsoft.EntityFrameworkCore.Metadata.Builders;
global using Microsoft.Extensions.Options;
global using Samordna.Web.Data;
global using Samordna.Web.Domain;
global using Samordna.Web.Features.Shared;
global using Samordna.Web.Features.Shared.Forms;
global using Samordna.Web.Infrastructure.Audit;
global using Samordna.Web.Infrastructure.Errors;
global using Samordna.Web.Infrastructure.Documents;
global using Samordna.Web.Infrastructure.Files;
global using Samordna.Web.Infrastructure.Security;
