import { readCityConfigFile, type CityConfig } from './city-config';
import { portalEnv } from './env';

let cached: CityConfig | undefined;

/** The running city's configuration, read and validated once. */
export function cityConfig(): CityConfig {
  cached ??= readCityConfigFile(portalEnv().cityConfigFile);
  return cached;
}
