import { Flex, Link } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';

/** The two lists of the plugin, as links (the current one marked with aria-current by NavLink). */
export function PluginNav() {
  return (
    <nav aria-label="Burgervoorstellen">
      <Flex gap={4} paddingBottom={4}>
        <Link tag={NavLink} to="/plugins/proposals" end>
          Screeningswachtrij
        </Link>
        <Link tag={NavLink} to="/plugins/proposals/fasen">
          Alle voorstellen per fase
        </Link>
      </Flex>
    </nav>
  );
}
