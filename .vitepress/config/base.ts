// The path the site is served under, from SITE_BASE: `/` at a domain's root, `/REPO/` for a GitHub project page.

/**
 * SITE_BASE written as VitePress wants a base: one slash before and one after. GitHub's
 * configure-pages gives `/REPO` for a project page and `/` for a site at a domain's root, so both
 * `/course` and `/course/` mean `/course/`, and an empty or unset value means `/`.
 */
export function siteBase(value: string | undefined): string {
  const path = (value ?? '').split('/').filter(Boolean).join('/')
  return path ? `/${path}/` : '/'
}
