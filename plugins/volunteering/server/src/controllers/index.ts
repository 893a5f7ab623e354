import matches from './matches';
import offers from './offers';
import requests from './requests';
import residents from './residents';
import staff from './staff';

export default { offers, requests, matches, residents, staff };
