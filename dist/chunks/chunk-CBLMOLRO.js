import { createRequire as __ibCreateRequire } from "node:module";
import { fileURLToPath as __ibFileURLToPath } from "node:url";
import { dirname as __ibDirname } from "node:path";
const require = __ibCreateRequire(import.meta.url);
const __filename = __ibFileURLToPath(import.meta.url);
const __dirname = __ibDirname(__filename);
import {
  CloudError,
  DurationError,
  abortReason,
  classifyError,
  ecs20140526_exports,
  import_ecs20140526,
  import_vpc20160428,
  parseGoDuration,
  require_client,
  require_client2,
  require_dist,
  sdkErrorFields,
  systemClock,
  vpc20160428_exports
} from "./chunk-ND4PPQAS.js";
import {
  __commonJS,
  __export,
  __name,
  __reExport,
  __require,
  __toESM
} from "./chunk-Q72NFEGJ.js";

// node_modules/@alicloud/sts20150401/dist/models/model.js
var require_model = __commonJS({
  "node_modules/@alicloud/sts20150401/dist/models/model.js"(exports) {
    "use strict";
    var { closeSync, openSync, readSync } = __require("node:fs");
    var { join: join2 } = __require("node:path");
    var { compileFunction } = __require("node:vm");
    var external = {
      "@darabonba/typescript": /* @__PURE__ */ __name(() => require_dist(), "@darabonba/typescript")
    };
    var FILE = "alicloud-sts20150401-models.txt";
    var SOURCE = "node_modules/@alicloud/sts20150401/dist/models/";
    var INDEX = { "./AssumeRoleRequest": [0, 2336], "./AssumeRoleResponse": [2336, 2440], "./AssumeRoleResponseBody": [4776, 3813], "./AssumeRoleWithOidcrequest": [8589, 2368], "./AssumeRoleWithOidcresponse": [10957, 2504], "./AssumeRoleWithOidcresponseBody": [13461, 5052], "./AssumeRoleWithSamlrequest": [18513, 2293], "./AssumeRoleWithSamlresponse": [20806, 2504], "./AssumeRoleWithSamlresponseBody": [23310, 4919], "./GetCallerIdentityResponse": [28229, 2496], "./GetCallerIdentityResponseBody": [30725, 2393] };
    var loaded = /* @__PURE__ */ new Map();
    function load(id) {
      const done = loaded.get(id);
      if (done) return done.exports;
      const [start, length] = INDEX[id];
      const bytes = Buffer.alloc(length);
      const fd = openSync(join2(__dirname, FILE), "r");
      try {
        readSync(fd, bytes, 0, length, start);
      } finally {
        closeSync(fd);
      }
      const mod = { exports: {} };
      loaded.set(id, mod);
      try {
        const fn = compileFunction(bytes.toString("utf8"), ["exports", "require", "module"], {
          filename: `${SOURCE}${id.slice(2)}.js`
        });
        fn.call(mod.exports, mod.exports, (spec) => Object.hasOwn(INDEX, spec) ? load(spec) : external[spec](), mod);
      } catch (err) {
        loaded.delete(id);
        throw err;
      }
      return mod.exports;
    }
    __name(load, "load");
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.GetCallerIdentityResponse = exports.GetCallerIdentityResponseBody = exports.AssumeRoleWithSAMLResponse = exports.AssumeRoleWithSAMLResponseBody = exports.AssumeRoleWithSAMLRequest = exports.AssumeRoleWithOIDCResponse = exports.AssumeRoleWithOIDCResponseBody = exports.AssumeRoleWithOIDCRequest = exports.AssumeRoleResponse = exports.AssumeRoleResponseBody = exports.AssumeRoleRequest = exports.AssumeRoleWithSAMLResponseBodySAMLAssertionInfo = exports.AssumeRoleWithSAMLResponseBodyCredentials = exports.AssumeRoleWithSAMLResponseBodyAssumedRoleUser = exports.AssumeRoleWithOIDCResponseBodyOIDCTokenInfo = exports.AssumeRoleWithOIDCResponseBodyCredentials = exports.AssumeRoleWithOIDCResponseBodyAssumedRoleUser = exports.AssumeRoleResponseBodyCredentials = exports.AssumeRoleResponseBodyAssumedRoleUser = void 0;
    Object.defineProperty(exports, "AssumeRoleResponseBodyAssumedRoleUser", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleResponseBody").AssumeRoleResponseBodyAssumedRoleUser;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleResponseBodyCredentials", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleResponseBody").AssumeRoleResponseBodyCredentials;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithOIDCResponseBodyAssumedRoleUser", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithOidcresponseBody").AssumeRoleWithOIDCResponseBodyAssumedRoleUser;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithOIDCResponseBodyCredentials", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithOidcresponseBody").AssumeRoleWithOIDCResponseBodyCredentials;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithOIDCResponseBodyOIDCTokenInfo", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithOidcresponseBody").AssumeRoleWithOIDCResponseBodyOIDCTokenInfo;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithSAMLResponseBodyAssumedRoleUser", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithSamlresponseBody").AssumeRoleWithSAMLResponseBodyAssumedRoleUser;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithSAMLResponseBodyCredentials", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithSamlresponseBody").AssumeRoleWithSAMLResponseBodyCredentials;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithSAMLResponseBodySAMLAssertionInfo", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithSamlresponseBody").AssumeRoleWithSAMLResponseBodySAMLAssertionInfo;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleRequest", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleRequest").AssumeRoleRequest;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleResponseBody", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleResponseBody").AssumeRoleResponseBody;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleResponse", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleResponse").AssumeRoleResponse;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithOIDCRequest", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithOidcrequest").AssumeRoleWithOIDCRequest;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithOIDCResponseBody", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithOidcresponseBody").AssumeRoleWithOIDCResponseBody;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithOIDCResponse", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithOidcresponse").AssumeRoleWithOIDCResponse;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithSAMLRequest", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithSamlrequest").AssumeRoleWithSAMLRequest;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithSAMLResponseBody", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithSamlresponseBody").AssumeRoleWithSAMLResponseBody;
    }, "get") });
    Object.defineProperty(exports, "AssumeRoleWithSAMLResponse", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./AssumeRoleWithSamlresponse").AssumeRoleWithSAMLResponse;
    }, "get") });
    Object.defineProperty(exports, "GetCallerIdentityResponseBody", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./GetCallerIdentityResponseBody").GetCallerIdentityResponseBody;
    }, "get") });
    Object.defineProperty(exports, "GetCallerIdentityResponse", { enumerable: true, get: /* @__PURE__ */ __name(function() {
      return load("./GetCallerIdentityResponse").GetCallerIdentityResponse;
    }, "get") });
  }
});

// node_modules/@alicloud/sts20150401/dist/client.js
var require_client3 = __commonJS({
  "node_modules/@alicloud/sts20150401/dist/client.js"(exports) {
    "use strict";
    var __createBinding = exports && exports.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: /* @__PURE__ */ __name(function() {
          return m[k];
        }, "get") };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports && exports.__setModuleDefault || (Object.create ? (function(o, v2) {
      Object.defineProperty(o, "default", { enumerable: true, value: v2 });
    }) : function(o, v2) {
      o["default"] = v2;
    });
    var __importStar = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = /* @__PURE__ */ __name(function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      }, "ownKeys");
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports && exports.__exportStar || function(m, exports2) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports2, p)) __createBinding(exports2, m, p);
    };
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var $dara = __importStar(require_dist());
    var openapi_core_1 = __importDefault(require_client2());
    var openapi_core_2 = require_client2();
    var $_model = __importStar(require_model());
    __exportStar(require_model(), exports);
    var Client = class extends openapi_core_1.default {
      static {
        __name(this, "Client");
      }
      constructor(config) {
        super(config);
        this._endpointRule = "regional";
        this._endpointMap = {
          "ap-northeast-2-pop": "sts.aliyuncs.com",
          "ap-south-1": "sts.aliyuncs.com",
          "ap-southeast-2": "sts.aliyuncs.com",
          "cn-beijing-finance-pop": "sts.aliyuncs.com",
          "cn-beijing-gov-1": "sts.aliyuncs.com",
          "cn-beijing-nu16-b01": "sts.aliyuncs.com",
          "cn-edge-1": "sts.aliyuncs.com",
          "cn-fujian": "sts.aliyuncs.com",
          "cn-haidian-cm12-c01": "sts.aliyuncs.com",
          "cn-hangzhou-bj-b01": "sts.aliyuncs.com",
          "cn-hangzhou-internal-prod-1": "sts.aliyuncs.com",
          "cn-hangzhou-internal-test-1": "sts.aliyuncs.com",
          "cn-hangzhou-internal-test-2": "sts.aliyuncs.com",
          "cn-hangzhou-internal-test-3": "sts.aliyuncs.com",
          "cn-hangzhou-test-306": "sts.aliyuncs.com",
          "cn-hongkong-finance-pop": "sts.aliyuncs.com",
          "cn-huhehaote-nebula-1": "sts.aliyuncs.com",
          "cn-shanghai-et15-b01": "sts.aliyuncs.com",
          "cn-shanghai-et2-b01": "sts.aliyuncs.com",
          "cn-shanghai-inner": "sts.aliyuncs.com",
          "cn-shanghai-internal-test-1": "sts.aliyuncs.com",
          "cn-shenzhen-inner": "sts.aliyuncs.com",
          "cn-shenzhen-st4-d01": "sts.aliyuncs.com",
          "cn-shenzhen-su18-b01": "sts.aliyuncs.com",
          "cn-wuhan": "sts.aliyuncs.com",
          "cn-yushanfang": "sts.aliyuncs.com",
          "cn-zhangbei": "sts.aliyuncs.com",
          "cn-zhangbei-na61-b01": "sts.aliyuncs.com",
          "cn-zhangjiakou-na62-a01": "sts.aliyuncs.com",
          "cn-zhengzhou-nebula-1": "sts.aliyuncs.com",
          "eu-west-1-oxs": "sts.aliyuncs.com",
          "rus-west-1-pop": "sts.aliyuncs.com"
        };
        this.checkConfig(config);
        this._endpoint = this.getEndpoint("sts", this._regionId, this._endpointRule, this._network, this._suffix, this._endpointMap, this._endpoint);
      }
      getEndpoint(productId, regionId, endpointRule, network, suffix, endpointMap, endpoint) {
        if (!$dara.isNull(endpoint)) {
          return endpoint;
        }
        if (!$dara.isNull(endpointMap) && !$dara.isNull(endpointMap[regionId])) {
          return endpointMap[regionId];
        }
        return openapi_core_2.OpenApiUtil.getEndpointRules(productId, regionId, endpointRule, network, suffix);
      }
      /**
       * Obtains a Security Token Service (STS) token to assume a Resource Access Management (RAM) role.
       *
       * @remarks
       * ### Prerequisites
       * You cannot use an Alibaba Cloud account to call this operation. The requester of this operation can only be a RAM user or RAM role. Make sure that the AliyunSTSAssumeRoleAccess policy is attached to the requester. After this policy is attached to the requester, the requester has the management permissions on STS.
       * If you do not attach the AliyunSTSAssumeRoleAccess policy to the requester, the following error message is returned:
       * `You are not authorized to do this action. You should be authorized by RAM.`
       * You can refer to the following information to troubleshoot the error:
       * *   Cause of the error: The policy that is required to assume a RAM role is not attached to the requester. To resolve this issue, attach the AliyunSTSAssumeRoleAccess policy or a custom policy to the requester. For more information, see [Can I specify the RAM role that a RAM user can assume?](https://help.aliyun.com/document_detail/39744.html) and [Grant permissions to a RAM user](https://help.aliyun.com/document_detail/116146.html).
       * *   Cause of the error: The requester is not authorized to assume the RAM role. To resolve this issue, add the requester to the Principal element in the trust policy of the RAM role For more information, see [Edit the trust policy of a RAM role](https://help.aliyun.com/document_detail/116819.html).
       * ### Best practices
       * An STS token is valid for a period of time after it is issued, and the number of STS tokens that can be issued within an interval is also limited. Therefore, we recommend that you configure a proper validity period for an STS token and repeatedly use the token within this period. This prevents frequent issuing of STS tokens from adversely affecting your services if a large number of requests are sent. For more information about the limit, see [Is the number of STS API requests limited?](https://help.aliyun.com/document_detail/39744.html) You can configure the `DurationSeconds` parameter to specify a validity period for an STS token.
       * When you upload or download Object Storage Service (OSS) objects on mobile devices, a large number of STS API requests are sent. In this case, repeated use of an STS token may not meet your business requirements. To avoid the limit on STS API requests from affecting access to OSS, you can **add a signature to the URL of an OSS object**. For more information, see [Add signatures to URLs](https://help.aliyun.com/document_detail/31952.html) and [Obtain signature information from the server and upload data to OSS](https://help.aliyun.com/document_detail/31926.html).
       *
       * @param request - AssumeRoleRequest
       * @param runtime - runtime options for this request RuntimeOptions
       * @returns AssumeRoleResponse
       */
      async assumeRoleWithOptions(request2, runtime) {
        request2.validate();
        let query = {};
        if (!$dara.isNull(request2.durationSeconds)) {
          query["DurationSeconds"] = request2.durationSeconds;
        }
        if (!$dara.isNull(request2.externalId)) {
          query["ExternalId"] = request2.externalId;
        }
        if (!$dara.isNull(request2.policy)) {
          query["Policy"] = request2.policy;
        }
        if (!$dara.isNull(request2.roleArn)) {
          query["RoleArn"] = request2.roleArn;
        }
        if (!$dara.isNull(request2.roleSessionName)) {
          query["RoleSessionName"] = request2.roleSessionName;
        }
        if (!$dara.isNull(request2.sourceIdentity)) {
          query["SourceIdentity"] = request2.sourceIdentity;
        }
        let req = new openapi_core_2.$OpenApiUtil.OpenApiRequest({
          query: openapi_core_2.OpenApiUtil.query(query)
        });
        let params = new openapi_core_2.$OpenApiUtil.Params({
          action: "AssumeRole",
          version: "2015-04-01",
          protocol: "HTTPS",
          pathname: "/",
          method: "POST",
          authType: "AK",
          style: "RPC",
          reqBodyType: "formData",
          bodyType: "json"
        });
        return $dara.cast(await this.callApi(params, req, runtime), new $_model.AssumeRoleResponse({}));
      }
      /**
       * Obtains a Security Token Service (STS) token to assume a Resource Access Management (RAM) role.
       *
       * @remarks
       * ### Prerequisites
       * You cannot use an Alibaba Cloud account to call this operation. The requester of this operation can only be a RAM user or RAM role. Make sure that the AliyunSTSAssumeRoleAccess policy is attached to the requester. After this policy is attached to the requester, the requester has the management permissions on STS.
       * If you do not attach the AliyunSTSAssumeRoleAccess policy to the requester, the following error message is returned:
       * `You are not authorized to do this action. You should be authorized by RAM.`
       * You can refer to the following information to troubleshoot the error:
       * *   Cause of the error: The policy that is required to assume a RAM role is not attached to the requester. To resolve this issue, attach the AliyunSTSAssumeRoleAccess policy or a custom policy to the requester. For more information, see [Can I specify the RAM role that a RAM user can assume?](https://help.aliyun.com/document_detail/39744.html) and [Grant permissions to a RAM user](https://help.aliyun.com/document_detail/116146.html).
       * *   Cause of the error: The requester is not authorized to assume the RAM role. To resolve this issue, add the requester to the Principal element in the trust policy of the RAM role For more information, see [Edit the trust policy of a RAM role](https://help.aliyun.com/document_detail/116819.html).
       * ### Best practices
       * An STS token is valid for a period of time after it is issued, and the number of STS tokens that can be issued within an interval is also limited. Therefore, we recommend that you configure a proper validity period for an STS token and repeatedly use the token within this period. This prevents frequent issuing of STS tokens from adversely affecting your services if a large number of requests are sent. For more information about the limit, see [Is the number of STS API requests limited?](https://help.aliyun.com/document_detail/39744.html) You can configure the `DurationSeconds` parameter to specify a validity period for an STS token.
       * When you upload or download Object Storage Service (OSS) objects on mobile devices, a large number of STS API requests are sent. In this case, repeated use of an STS token may not meet your business requirements. To avoid the limit on STS API requests from affecting access to OSS, you can **add a signature to the URL of an OSS object**. For more information, see [Add signatures to URLs](https://help.aliyun.com/document_detail/31952.html) and [Obtain signature information from the server and upload data to OSS](https://help.aliyun.com/document_detail/31926.html).
       *
       * @param request - AssumeRoleRequest
       * @returns AssumeRoleResponse
       */
      async assumeRole(request2) {
        let runtime = new $dara.RuntimeOptions({});
        return await this.assumeRoleWithOptions(request2, runtime);
      }
      /**
       * Queries a Security Token Service (STS) token to assume a Resource Access Management (RAM) role during role-based single sign-on (SSO) by using OpenID Connect (OIDC).
       *
       * @remarks
       * ### Prerequisites
       * *   An OIDC token is obtained from an external identity provider (IdP).
       * *   An OIDC IdP is created in the RAM console. For more information, see [Create an OIDC IdP](https://help.aliyun.com/document_detail/327123.html) or [CreateOIDCProvider](https://help.aliyun.com/document_detail/327135.html).
       * *   A RAM role whose trusted entity is an OIDC IdP is created in the RAM console. For more information, see [Create a RAM role for a trusted IdP](https://help.aliyun.com/document_detail/116805.html) or [CreateRole](https://help.aliyun.com/document_detail/28710.html).
       *
       * @param request - AssumeRoleWithOIDCRequest
       * @param runtime - runtime options for this request RuntimeOptions
       * @returns AssumeRoleWithOIDCResponse
       */
      async assumeRoleWithOIDCWithOptions(request2, runtime) {
        request2.validate();
        let query = {};
        if (!$dara.isNull(request2.durationSeconds)) {
          query["DurationSeconds"] = request2.durationSeconds;
        }
        if (!$dara.isNull(request2.OIDCProviderArn)) {
          query["OIDCProviderArn"] = request2.OIDCProviderArn;
        }
        if (!$dara.isNull(request2.OIDCToken)) {
          query["OIDCToken"] = request2.OIDCToken;
        }
        if (!$dara.isNull(request2.policy)) {
          query["Policy"] = request2.policy;
        }
        if (!$dara.isNull(request2.roleArn)) {
          query["RoleArn"] = request2.roleArn;
        }
        if (!$dara.isNull(request2.roleSessionName)) {
          query["RoleSessionName"] = request2.roleSessionName;
        }
        let req = new openapi_core_2.$OpenApiUtil.OpenApiRequest({
          query: openapi_core_2.OpenApiUtil.query(query)
        });
        let params = new openapi_core_2.$OpenApiUtil.Params({
          action: "AssumeRoleWithOIDC",
          version: "2015-04-01",
          protocol: "HTTPS",
          pathname: "/",
          method: "POST",
          authType: "Anonymous",
          style: "RPC",
          reqBodyType: "formData",
          bodyType: "json"
        });
        return $dara.cast(await this.doRPCRequest(params.action, params.version, params.protocol, params.method, params.authType, params.bodyType, req, runtime), new $_model.AssumeRoleWithOIDCResponse({}));
      }
      /**
       * Queries a Security Token Service (STS) token to assume a Resource Access Management (RAM) role during role-based single sign-on (SSO) by using OpenID Connect (OIDC).
       *
       * @remarks
       * ### Prerequisites
       * *   An OIDC token is obtained from an external identity provider (IdP).
       * *   An OIDC IdP is created in the RAM console. For more information, see [Create an OIDC IdP](https://help.aliyun.com/document_detail/327123.html) or [CreateOIDCProvider](https://help.aliyun.com/document_detail/327135.html).
       * *   A RAM role whose trusted entity is an OIDC IdP is created in the RAM console. For more information, see [Create a RAM role for a trusted IdP](https://help.aliyun.com/document_detail/116805.html) or [CreateRole](https://help.aliyun.com/document_detail/28710.html).
       *
       * @param request - AssumeRoleWithOIDCRequest
       * @returns AssumeRoleWithOIDCResponse
       */
      async assumeRoleWithOIDC(request2) {
        let runtime = new $dara.RuntimeOptions({});
        return await this.assumeRoleWithOIDCWithOptions(request2, runtime);
      }
      /**
       * Obtains a Security Token Service (STS) token to assume a Resource Access Management (RAM) role during role-based single sign-on (SSO) by using Security Assertion Markup Language (SAML).
       *
       * @remarks
       * ###
       * *   A SAML response is obtained from an external identity provider (IdP).
       * *   A SAML IdP is created in the RAM console. For more information, see [Create a SAML IdP](https://help.aliyun.com/document_detail/116083.html) or [CreateSAMLProvider](https://help.aliyun.com/document_detail/186846.html).
       * *   A RAM role whose trusted entity is a SAML IdP is created in the RAM console. For more information, see [Create a RAM role for a trusted IdP](https://help.aliyun.com/document_detail/116805.html) or [CreateRole](https://help.aliyun.com/document_detail/28710.html).
       *
       * @param request - AssumeRoleWithSAMLRequest
       * @param runtime - runtime options for this request RuntimeOptions
       * @returns AssumeRoleWithSAMLResponse
       */
      async assumeRoleWithSAMLWithOptions(request2, runtime) {
        request2.validate();
        let query = {};
        if (!$dara.isNull(request2.durationSeconds)) {
          query["DurationSeconds"] = request2.durationSeconds;
        }
        if (!$dara.isNull(request2.policy)) {
          query["Policy"] = request2.policy;
        }
        if (!$dara.isNull(request2.roleArn)) {
          query["RoleArn"] = request2.roleArn;
        }
        if (!$dara.isNull(request2.SAMLAssertion)) {
          query["SAMLAssertion"] = request2.SAMLAssertion;
        }
        if (!$dara.isNull(request2.SAMLProviderArn)) {
          query["SAMLProviderArn"] = request2.SAMLProviderArn;
        }
        let req = new openapi_core_2.$OpenApiUtil.OpenApiRequest({
          query: openapi_core_2.OpenApiUtil.query(query)
        });
        let params = new openapi_core_2.$OpenApiUtil.Params({
          action: "AssumeRoleWithSAML",
          version: "2015-04-01",
          protocol: "HTTPS",
          pathname: "/",
          method: "POST",
          authType: "Anonymous",
          style: "RPC",
          reqBodyType: "formData",
          bodyType: "json"
        });
        return $dara.cast(await this.doRPCRequest(params.action, params.version, params.protocol, params.method, params.authType, params.bodyType, req, runtime), new $_model.AssumeRoleWithSAMLResponse({}));
      }
      /**
       * Obtains a Security Token Service (STS) token to assume a Resource Access Management (RAM) role during role-based single sign-on (SSO) by using Security Assertion Markup Language (SAML).
       *
       * @remarks
       * ###
       * *   A SAML response is obtained from an external identity provider (IdP).
       * *   A SAML IdP is created in the RAM console. For more information, see [Create a SAML IdP](https://help.aliyun.com/document_detail/116083.html) or [CreateSAMLProvider](https://help.aliyun.com/document_detail/186846.html).
       * *   A RAM role whose trusted entity is a SAML IdP is created in the RAM console. For more information, see [Create a RAM role for a trusted IdP](https://help.aliyun.com/document_detail/116805.html) or [CreateRole](https://help.aliyun.com/document_detail/28710.html).
       *
       * @param request - AssumeRoleWithSAMLRequest
       * @returns AssumeRoleWithSAMLResponse
       */
      async assumeRoleWithSAML(request2) {
        let runtime = new $dara.RuntimeOptions({});
        return await this.assumeRoleWithSAMLWithOptions(request2, runtime);
      }
      /**
       * The ID of the Alibaba Cloud account to which the current requester belongs.
       *
       * @param request - GetCallerIdentityRequest
       * @param runtime - runtime options for this request RuntimeOptions
       * @returns GetCallerIdentityResponse
       */
      async getCallerIdentityWithOptions(runtime) {
        let req = new openapi_core_2.$OpenApiUtil.OpenApiRequest({});
        let params = new openapi_core_2.$OpenApiUtil.Params({
          action: "GetCallerIdentity",
          version: "2015-04-01",
          protocol: "HTTPS",
          pathname: "/",
          method: "POST",
          authType: "AK",
          style: "RPC",
          reqBodyType: "formData",
          bodyType: "json"
        });
        return $dara.cast(await this.callApi(params, req, runtime), new $_model.GetCallerIdentityResponse({}));
      }
      /**
       * The ID of the Alibaba Cloud account to which the current requester belongs.
       * @returns GetCallerIdentityResponse
       */
      async getCallerIdentity() {
        let runtime = new $dara.RuntimeOptions({});
        return await this.getCallerIdentityWithOptions(runtime);
      }
    };
    exports.default = Client;
  }
});

// src/cloud/endpoints.ts
function parseEndpoint(value, what) {
  const v2 = value.trim();
  const m = /^(?:(https?):\/\/)?([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(\d{1,5}))?\/?$/.exec(v2);
  if (!m)
    throw new Error(
      `${what}: "${value}" is not an endpoint (expected host[:port], optionally with http:// or https://)`
    );
  if (m[3] !== void 0 && (Number(m[3]) < 1 || Number(m[3]) > 65535))
    throw new Error(`${what}: "${value}" has port ${m[3]}; a port is between 1 and 65535`);
  const host = m[3] ? `${m[2]}:${m[3]}` : m[2];
  return m[1] ? { host, protocol: m[1] } : { host };
}
__name(parseEndpoint, "parseEndpoint");
function protocolOf(value, what) {
  if (value === void 0 || value === "") return void 0;
  const v2 = value.trim().toLowerCase();
  if (v2 === "http" || v2 === "https") return v2;
  throw new Error(`${what}: "${value}" is not a protocol (expected http or https)`);
}
__name(protocolOf, "protocolOf");
function resolveEndpoints(src = {}) {
  const env = src.env ?? process.env;
  const out = {};
  const pick = /* @__PURE__ */ __name((product, candidates) => {
    for (const [value, what] of candidates) {
      if (value === void 0 || value.trim() === "") continue;
      const p = parseEndpoint(value, what);
      out[product] = p.host;
      if (p.protocol && !out.protocol) out.protocol = p.protocol;
      return;
    }
  }, "pick");
  out.protocol = protocolOf(src.endpoints?.protocol, "endpoint protocol") ?? protocolOf(env.IMAGE_BUILD_ENDPOINT_PROTOCOL, "IMAGE_BUILD_ENDPOINT_PROTOCOL");
  pick("ecs", [
    [src.endpoints?.ecs, "ECS endpoint"],
    [env.IMAGE_BUILD_ECS_ENDPOINT, "IMAGE_BUILD_ECS_ENDPOINT"],
    [src.customEndpointEcs, "custom_endpoint_ecs"]
  ]);
  pick("vpc", [
    [src.endpoints?.vpc, "VPC endpoint"],
    [env.IMAGE_BUILD_VPC_ENDPOINT, "IMAGE_BUILD_VPC_ENDPOINT"]
  ]);
  if (out.protocol === void 0) delete out.protocol;
  return out;
}
__name(resolveEndpoints, "resolveEndpoints");

// src/credentials/errors.ts
var CredentialsError = class extends Error {
  static {
    __name(this, "CredentialsError");
  }
  constructor(message) {
    super(message);
    this.name = "CredentialsError";
  }
};
function scrub(text, secrets) {
  const forms = /* @__PURE__ */ new Set();
  for (const s of secrets) {
    if (s.length < 4) continue;
    const once = encodeURIComponent(s).replace(
      /[!'()*]/g,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`
    );
    for (const f of [s, once, encodeURIComponent(once)]) forms.add(f);
  }
  const list = [...forms].sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join("***");
  return out;
}
__name(scrub, "scrub");

// src/cloud/cloud.ts
import { randomUUID } from "node:crypto";

// src/cloud/accounting.ts
var CallStats = class {
  static {
    __name(this, "CallStats");
  }
  map = /* @__PURE__ */ new Map();
  entry(product, action) {
    const k = `${product}:${action}`;
    let s = this.map.get(k);
    if (!s) {
      s = {
        product,
        action,
        calls: 0,
        attempts: 0,
        retries: 0,
        failures: 0,
        errors: {},
        totalLatencyMs: 0,
        maxLatencyMs: 0
      };
      this.map.set(k, s);
    }
    return s;
  }
  /** Records one HTTP request of a call (`code` when it failed). */
  recordAttempt(product, action, latencyMs, code) {
    const s = this.entry(product, action);
    s.attempts++;
    s.totalLatencyMs += latencyMs;
    s.maxLatencyMs = Math.max(s.maxLatencyMs, latencyMs);
    if (code !== void 0) s.errors[code] = (s.errors[code] ?? 0) + 1;
    s.retries = Math.max(0, s.attempts - s.calls);
  }
  /** Records the start of a logical call. */
  recordCall(product, action) {
    const s = this.entry(product, action);
    s.calls++;
    s.retries = Math.max(0, s.attempts - s.calls);
  }
  /** Records that a logical call finally failed. */
  recordFailure(product, action) {
    this.entry(product, action).failures++;
  }
  /** Counters of one action (zeros when never called). */
  get(action, product) {
    for (const s of this.map.values())
      if (s.action === action && (!product || s.product === product))
        return { ...s, errors: { ...s.errors } };
    return {
      product: product ?? "",
      action,
      calls: 0,
      attempts: 0,
      retries: 0,
      failures: 0,
      errors: {},
      totalLatencyMs: 0,
      maxLatencyMs: 0
    };
  }
  /** Every action's counters, sorted by product then action. */
  byAction() {
    return [...this.map.values()].map((s) => ({ ...s, errors: { ...s.errors } })).sort((a, b) => (a.product + a.action).localeCompare(b.product + b.action));
  }
  /** Totals over every action. */
  totals() {
    const t = { calls: 0, attempts: 0, retries: 0, failures: 0, totalLatencyMs: 0 };
    for (const s of this.map.values()) {
      t.calls += s.calls;
      t.attempts += s.attempts;
      t.retries += s.retries;
      t.failures += s.failures;
      t.totalLatencyMs += s.totalLatencyMs;
    }
    return t;
  }
};

// src/cloud/clients.ts
var $OpenApi = __toESM(require_client2(), 1);
var EcsClientClass = import_ecs20140526.default.default ?? import_ecs20140526.default;
var VpcClientClass = import_vpc20160428.default.default ?? import_vpc20160428.default;
var DEFAULT_TIMEOUTS = { readTimeoutMs: 3e4 };
function sdkConfig(opts, endpoint, protocol) {
  return new $OpenApi.$OpenApiUtil.Config({
    credential: opts.credential,
    regionId: opts.region,
    ...endpoint ? { endpoint } : {},
    ...protocol ? { protocol } : {},
    readTimeout: opts.readTimeoutMs ?? DEFAULT_TIMEOUTS.readTimeoutMs,
    // The SDK's HTTP layer uses the connect timeout as the socket idle timeout, so by default it
    // equals the read timeout (a shorter one would cut slow answers at that length).
    connectTimeout: opts.connectTimeoutMs ?? opts.readTimeoutMs ?? DEFAULT_TIMEOUTS.readTimeoutMs,
    userAgent: opts.userAgent ?? "image-build"
  });
}
__name(sdkConfig, "sdkConfig");
function createClients(opts) {
  if (!opts.region) throw new Error("a region is required to create the cloud clients");
  const endpoints = resolveEndpoints({
    endpoints: opts.endpoints,
    env: opts.env,
    customEndpointEcs: opts.customEndpointEcs
  });
  return {
    ecs: new EcsClientClass(sdkConfig(opts, endpoints.ecs, endpoints.protocol)),
    vpc: new VpcClientClass(sdkConfig(opts, endpoints.vpc, endpoints.protocol)),
    region: opts.region,
    endpoints
  };
}
__name(createClients, "createClients");

// src/cloud/retry.ts
var DEFAULT_RETRY_POLICY = {
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 2e4,
  maxElapsedMs: 12e4
};
function backoffDelay(retry, policy, random = Math.random) {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}
__name(backoffDelay, "backoffDelay");
function raceAbort(p, signal) {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise((resolve2, reject) => {
    const onAbort = /* @__PURE__ */ __name(() => reject(abortReason(signal)), "onAbort");
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(
      (v2) => {
        signal.removeEventListener("abort", onAbort);
        resolve2(v2);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      }
    );
  });
}
__name(raceAbort, "raceAbort");
async function retryCall(fn, opts) {
  const policy = { ...DEFAULT_RETRY_POLICY, ...opts.policy };
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  const noRetry = new Set(opts.noRetryCodes ?? []);
  const started = clock.now();
  opts.stats?.recordCall(opts.product, opts.action);
  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) throw abortReason(opts.signal);
    const t0 = clock.now();
    try {
      const pending = fn({ attempt, clientToken: opts.clientToken });
      const value = await (opts.abandonOnAbort && opts.signal ? raceAbort(pending, opts.signal) : pending);
      opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0);
      return value;
    } catch (err) {
      if (opts.signal?.aborted) {
        opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0, "Aborted");
        opts.stats?.recordFailure(opts.product, opts.action);
        throw abortReason(opts.signal);
      }
      const f = sdkErrorFields(err);
      const code = f.code ?? f.name ?? "Error";
      opts.stats?.recordAttempt(opts.product, opts.action, clock.now() - t0, code);
      let cls = classifyError(err, opts.retryCodes);
      if (noRetry.has(code)) cls = "permanent";
      const call = {
        product: opts.product,
        action: opts.action,
        resource: opts.resource,
        attempts: attempt
      };
      const fail = /* @__PURE__ */ __name(() => {
        opts.stats?.recordFailure(opts.product, opts.action);
        throw err instanceof CloudError ? err : new CloudError(err, call, cls);
      }, "fail");
      if (cls === "permanent" || attempt >= policy.maxAttempts) fail();
      let delayMs = backoffDelay(attempt, policy, random);
      if (f.retryAfterMs !== void 0)
        delayMs = Math.max(delayMs, Math.min(f.retryAfterMs, policy.maxDelayMs));
      if (clock.now() - started + delayMs > policy.maxElapsedMs) fail();
      opts.onRetry?.({ attempt, delayMs, errorClass: cls, code, error: err });
      try {
        await clock.sleep(delayMs, opts.signal);
      } catch (abortErr) {
        opts.stats?.recordFailure(opts.product, opts.action);
        throw abortErr;
      }
    }
  }
}
__name(retryCall, "retryCall");

// src/cloud/cloud.ts
var READ_ONLY = /^(Describe|List|Get|Query|Check)/;
function actionOf(method) {
  return method.charAt(0).toUpperCase() + method.slice(1);
}
__name(actionOf, "actionOf");
function withClientToken(request2, token) {
  const model = request2;
  if (model.clientToken === void 0 && typeof model.constructor?.names === "function") {
    if ("clientToken" in model.constructor.names()) model.clientToken = token;
  }
  return request2;
}
__name(withClientToken, "withClientToken");
var Cloud = class _Cloud {
  /** `regions` is internal: the clouds of every region made with `forRegion`. */
  constructor(opts, regions) {
    this.opts = opts;
    this.clients = opts.clients ?? createClients(opts);
    this.region = this.clients.region;
    this.stats = opts.stats ?? new CallStats();
    this.regions = regions ?? /* @__PURE__ */ new Map();
    this.regions.set(this.region, this);
  }
  opts;
  static {
    __name(this, "Cloud");
  }
  region;
  clients;
  stats;
  regions;
  /** The same cloud in another region (same credential, endpoints, policy and accounting). */
  forRegion(region) {
    return this.regions.get(region) ?? new _Cloud({ ...this.opts, region, stats: this.stats, clients: void 0 }, this.regions);
  }
  /**
   * Calls ECS: `cloud.ecs("DescribeImages", (c) => c.describeImages(req))`. For create calls, put
   * `a.clientToken` in the request: it is the same on every retry of this call.
   */
  ecs(action, fn, opts = {}) {
    return this.call("Ecs", action, (a) => fn(this.clients.ecs, a), opts);
  }
  /** Calls VPC (VPCs, vSwitches, EIPs), as `ecs()`. */
  vpc(action, fn, opts = {}) {
    return this.call("Vpc", action, (a) => fn(this.clients.vpc, a), opts);
  }
  /**
   * Calls an ECS client method by name: `cloud.ecsRequest("createImage", new CreateImageRequest({…}))`.
   * The action is the method's name (`CreateImage`); a request model with a `clientToken` field
   * gets the call's ClientToken (the same on every retry) unless it carries one.
   */
  ecsRequest(method, request2, opts = {}) {
    return this.call("Ecs", actionOf(method), (a) => this.invoke(this.clients.ecs, method, request2, a), opts);
  }
  /** Calls a VPC client method by name, as `ecsRequest`. */
  vpcRequest(method, request2, opts = {}) {
    return this.call("Vpc", actionOf(method), (a) => this.invoke(this.clients.vpc, method, request2, a), opts);
  }
  invoke(client, method, request2, a) {
    const fn = client[method];
    if (typeof fn !== "function") throw new TypeError(`the SDK client has no method ${method}`);
    return fn.call(client, withClientToken(request2, a.clientToken));
  }
  /** Any call under the retry policy and accounting. */
  call(product, action, fn, opts = {}) {
    const ui = this.opts.ui;
    return retryCall(fn, {
      product,
      action,
      resource: opts.resource,
      retryCodes: opts.retryCodes,
      noRetryCodes: opts.noRetryCodes,
      policy: { ...this.opts.policy, ...opts.policy },
      signal: opts.signal,
      clock: this.opts.clock ?? systemClock,
      random: this.opts.random,
      stats: this.stats,
      clientToken: (this.opts.newToken ?? randomUUID)(),
      abandonOnAbort: READ_ONLY.test(action),
      onRetry: ui ? ({ attempt, delayMs, code }) => ui.message(
        `${action}${opts.resource ? ` (${opts.resource})` : ""}: ${code}, retrying in ${(delayMs / 1e3).toFixed(1)}s (attempt ${attempt + 1})`
      ) : void 0
    }).catch((err) => {
      throw err instanceof CloudError ? err.inRegion(this.region) : err;
    });
  }
};

// src/credentials/sts.ts
var $OpenApi2 = __toESM(require_client2(), 1);
import { randomUUID as randomUUID2 } from "node:crypto";
import tls from "node:tls";

// image-build-sdk-facade:@alicloud/sts20150401.mjs
var sts20150401_exports = {};
__export(sts20150401_exports, {
  default: () => import_sts20150401.default
});
__reExport(sts20150401_exports, __toESM(require_client3(), 1));
var import_sts20150401 = __toESM(require_client3(), 1);

// src/credentials/sts.ts
var StsSdk = import_sts20150401.default.default ?? import_sts20150401.default;
function parseExpiration(text) {
  const d = typeof text === "string" ? new Date(text) : new Date(Number.NaN);
  if (Number.isNaN(d.getTime())) throw new Error(`STS returned an unreadable Expiration '${String(text)}'`);
  return d;
}
__name(parseExpiration, "parseExpiration");
function isOwnError(err) {
  return err instanceof CredentialsError || err instanceof CloudError;
}
__name(isOwnError, "isOwnError");
var StsClient = class {
  static {
    __name(this, "StsClient");
  }
  endpoint;
  url;
  opts;
  constructor(opts) {
    this.opts = opts;
    this.endpoint = opts.endpoint.replace(/\/+$/, "");
    this.url = new URL(this.endpoint);
  }
  /** An SDK client signing with `keys`, or anonymous. */
  sdk(keys) {
    const timeout = this.opts.timeoutMs ?? 1e4;
    return new StsSdk(
      new $OpenApi2.$OpenApiUtil.Config({
        endpoint: this.url.host,
        protocol: this.url.protocol.replace(":", ""),
        regionId: "cn-hangzhou",
        readTimeout: timeout,
        connectTimeout: timeout,
        userAgent: "image-build",
        // An extra CA is added to Node's bundled roots rather than replacing them.
        ...this.opts.ca ? { ca: [...tls.rootCertificates, this.opts.ca].join("\n") } : {},
        ...keys ? {
          accessKeyId: keys.accessKeyId,
          accessKeySecret: keys.accessKeySecret,
          ...keys.securityToken ? { securityToken: keys.securityToken } : {}
        } : {}
      })
    );
  }
  /**
   * One logical call under the cloud retry policy; a retry is logged. A failure before the
   * request (the OIDC token could not be had, a base credential failed) surfaces as it is.
   */
  async call(action, fn) {
    try {
      return await this.retry(action, fn);
    } catch (err) {
      throw err instanceof CloudError && isOwnError(err.cause) ? err.cause : err;
    }
  }
  retry(action, fn) {
    return retryCall((a) => fn(a.attempt), {
      product: "STS",
      action,
      clientToken: randomUUID2(),
      policy: this.opts.retry,
      onRetry: /* @__PURE__ */ __name(({ attempt, delayMs, code, error }) => this.opts.log?.warning?.(
        `${action} attempt ${attempt} failed (${code}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}); retrying in ${delayMs} ms`
      ), "onRetry")
    });
  }
  assumed(action, body) {
    const c = body?.credentials;
    if (!c?.accessKeyId || !c.accessKeySecret || !c.securityToken)
      throw new Error(`${action}: STS answered without Credentials`);
    for (const s of [c.accessKeyId, c.accessKeySecret, c.securityToken]) this.opts.mask?.(s);
    const info = body?.OIDCTokenInfo;
    return {
      keys: {
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken,
        expiration: parseExpiration(c.expiration)
      },
      arn: body?.assumedRoleUser?.arn,
      assumedRoleId: body?.assumedRoleUser?.assumedRoleId,
      oidc: info ? { subject: info.subject, issuer: info.issuer, clientIds: info.clientIds } : void 0,
      requestId: body?.requestId
    };
  }
  /** AssumeRole with `base` credentials (read again on each attempt). */
  async assumeRole(base, p) {
    const r = await this.call(
      "AssumeRole",
      async () => this.sdk(await base()).assumeRole(
        new sts20150401_exports.AssumeRoleRequest({
          roleArn: p.roleArn,
          roleSessionName: p.sessionName,
          durationSeconds: p.durationSeconds,
          policy: p.policy,
          externalId: p.externalId
        })
      )
    );
    return this.assumed("AssumeRole", r.body);
  }
  /** AssumeRoleWithOIDC; `token` is called on each attempt, so a retry can use a fresh token. */
  async assumeRoleWithOidc(token, p) {
    const r = await this.call(
      "AssumeRoleWithOIDC",
      async (attempt) => this.sdk().assumeRoleWithOIDC(
        new sts20150401_exports.AssumeRoleWithOIDCRequest({
          roleArn: p.roleArn,
          OIDCProviderArn: p.providerArn,
          OIDCToken: await token(attempt),
          roleSessionName: p.sessionName,
          durationSeconds: p.durationSeconds,
          policy: p.policy
        })
      )
    );
    return this.assumed("AssumeRoleWithOIDC", r.body);
  }
  /** GetCallerIdentity: who `keys` belong to. */
  async getCallerIdentity(keys) {
    const r = await this.call("GetCallerIdentity", async () => this.sdk(await keys()).getCallerIdentity());
    const b = r.body;
    return {
      accountId: String(b?.accountId ?? ""),
      arn: String(b?.arn ?? ""),
      identityType: String(b?.identityType ?? ""),
      principalId: b?.principalId === void 0 ? void 0 : String(b.principalId),
      requestId: b?.requestId
    };
  }
};

// src/credentials/chain.ts
var import_credentials = __toESM(require_client(), 1);

// src/credentials/endpoints.ts
var DEFAULT_METADATA_HOST = "100.100.100.200";
function toUrl(value, protocol, what) {
  const withScheme = /^[a-z]+:\/\//i.test(value) ? value : `${protocol}://${value}`;
  let url;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CredentialsError(`${what} '${value}' is not a host[:port] or URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new CredentialsError(`${what} '${value}' must use http or https`);
  return `${url.protocol}//${url.host}`;
}
__name(toUrl, "toUrl");
function protocolOf2(env) {
  const p = (env.IMAGE_BUILD_ENDPOINT_PROTOCOL || "https").toLowerCase();
  if (p !== "http" && p !== "https")
    throw new CredentialsError(`IMAGE_BUILD_ENDPOINT_PROTOCOL must be http or https, got '${p}'`);
  return p;
}
__name(protocolOf2, "protocolOf");
function resolveStsEndpoint(opts) {
  const { env } = opts;
  const region = opts.profileRegion || opts.region;
  const vpc = /* @__PURE__ */ __name((what) => {
    if (!region) throw new CredentialsError(`${what}: the STS VPC endpoint needs a region`);
    return { url: `https://sts-vpc.${region}.aliyuncs.com`, source: what };
  }, "vpc");
  const override = opts.override?.trim();
  if (override) {
    if (override.toLowerCase() === "vpc") return vpc("input sts-endpoint");
    return { url: toUrl(override, protocolOf2(env), "Input 'sts-endpoint'"), source: "input sts-endpoint" };
  }
  const fromEnv = env.IMAGE_BUILD_STS_ENDPOINT?.trim();
  if (fromEnv)
    return {
      url: toUrl(fromEnv, protocolOf2(env), "IMAGE_BUILD_STS_ENDPOINT"),
      source: "IMAGE_BUILD_STS_ENDPOINT"
    };
  if (env.ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED?.toLowerCase() === "true")
    return vpc("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED");
  if (opts.profileEndpoint)
    return {
      url: toUrl(opts.profileEndpoint, "https", "profile sts_endpoint"),
      source: "profile sts_endpoint"
    };
  if (region) return { url: `https://sts.${region}.aliyuncs.com`, source: `region ${region}` };
  return { url: "https://sts.aliyuncs.com", source: "default" };
}
__name(resolveStsEndpoint, "resolveStsEndpoint");
function resolveMetadataEndpoint(opts) {
  const override = opts.override?.trim();
  if (override) return { url: toUrl(override, "http", "metadata endpoint"), source: "option" };
  const fromEnv = opts.env.IMAGE_BUILD_METADATA_ENDPOINT?.trim();
  if (fromEnv)
    return {
      url: toUrl(fromEnv, "http", "IMAGE_BUILD_METADATA_ENDPOINT"),
      source: "IMAGE_BUILD_METADATA_ENDPOINT"
    };
  return { url: `http://${DEFAULT_METADATA_HOST}`, source: "default" };
}
__name(resolveMetadataEndpoint, "resolveMetadataEndpoint");

// src/credentials/imds.ts
import { randomUUID as randomUUID3 } from "node:crypto";
import http from "node:http";
function request(method, url, headers, timeoutMs) {
  const u = new URL(url);
  const fail = /* @__PURE__ */ __name((message, code) => Object.assign(new Error(`${method} ${u.host}${u.pathname}: ${message}`), { code: code ?? "ECONNRESET" }), "fail");
  return new Promise((resolve2, reject) => {
    const req = http.request(u, { method, headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("error", (e) => reject(fail(e.message, e.code)));
      res.on(
        "end",
        () => resolve2({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") })
      );
    });
    req.on("timeout", () => req.destroy(fail(`timed out after ${timeoutMs} ms`, "ETIMEDOUT")));
    req.on(
      "error",
      (e) => reject(e.message.includes("timed out after") ? e : fail(e.message, e.code))
    );
    req.end();
  });
}
__name(request, "request");
function answerError(path, res) {
  const message = res.body.trim().slice(0, 200) || `HTTP ${res.status}`;
  return Object.assign(new Error(`metadata GET ${path}: ${message}`), {
    code: res.status === 404 ? "NotFound" : `HTTP${res.status}`,
    statusCode: res.status,
    data: { Message: message }
  });
}
__name(answerError, "answerError");
var CREDENTIALS_PATH = "/latest/meta-data/ram/security-credentials/";
var TOKEN_TTL = "21600";
var ImdsClient = class {
  static {
    __name(this, "ImdsClient");
  }
  opts;
  endpoint;
  constructor(opts) {
    this.opts = opts;
    this.endpoint = opts.endpoint.replace(/\/+$/, "");
  }
  get timeoutMs() {
    return this.opts.timeoutMs ?? 2e3;
  }
  /** An IMDSv2 session token, or undefined when the service does not give one and v1 is allowed. */
  async sessionToken() {
    let why;
    try {
      const res = await request(
        "PUT",
        `${this.endpoint}/latest/api/token`,
        { "x-aliyun-ecs-metadata-token-ttl-seconds": TOKEN_TTL },
        this.timeoutMs
      );
      if (res.status === 200 && res.body.trim() !== "") {
        const token = res.body.trim();
        this.opts.mask?.(token);
        return token;
      }
      why = `HTTP ${res.status}`;
    } catch (err) {
      if (err.code !== "ETIMEDOUT") throw err;
      why = err instanceof Error ? err.message : String(err);
    }
    if (this.opts.disableV1)
      throw new CredentialsError(
        `the metadata service at ${this.endpoint} gave no IMDSv2 token (${why}) and IMDSv1 is disabled`
      );
    this.opts.log?.debug?.(`metadata service: no IMDSv2 token (${why}); using IMDSv1`);
    return void 0;
  }
  async get(path, token) {
    const res = await request(
      "GET",
      `${this.endpoint}${path}`,
      token ? { "x-aliyun-ecs-metadata-token": token } : {},
      this.timeoutMs
    );
    if (res.status !== 200) throw answerError(path, res);
    return res.body;
  }
  /** One logical read under the cloud retry policy (a `CloudError` when it gives up). */
  async retrying(what, fn) {
    try {
      return await this.retryCall(what, fn);
    } catch (err) {
      throw err instanceof CloudError && err.cause instanceof CredentialsError ? err.cause : err;
    }
  }
  retryCall(what, fn) {
    return retryCall(fn, {
      product: "ECS metadata",
      action: what,
      clientToken: randomUUID3(),
      policy: this.opts.retry,
      onRetry: /* @__PURE__ */ __name(({ attempt, delayMs, error }) => this.opts.log?.warning?.(
        `${what} attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); retrying in ${delayMs} ms`
      ), "onRetry")
    });
  }
  /** The RAM role attached to this instance. */
  async roleName() {
    return this.retrying("metadata role name", async () => {
      const name = (await this.get(CREDENTIALS_PATH, await this.sessionToken())).trim();
      if (!name) throw new CredentialsError(`the metadata service at ${this.endpoint} lists no RAM role`);
      return name;
    });
  }
  /** Temporary credentials of `role`. */
  async credentials(role) {
    return this.retrying(`metadata credentials of ${role}`, async () => {
      const text = await this.get(
        `${CREDENTIALS_PATH}${encodeURIComponent(role)}`,
        await this.sessionToken()
      );
      let body;
      try {
        body = JSON.parse(text);
      } catch {
        throw new CredentialsError(`the metadata service answered credentials of ${role} that are not JSON`);
      }
      const { AccessKeyId: id, AccessKeySecret: secret, SecurityToken: token, Expiration: exp } = body;
      if (typeof id !== "string" || typeof secret !== "string" || typeof token !== "string")
        throw new CredentialsError(`the metadata service answered credentials of ${role} without keys`);
      for (const s of [id, secret, token]) this.opts.mask?.(s);
      if (body.Code !== void 0 && body.Code !== "Success")
        throw new CredentialsError(`the metadata service answered Code '${String(body.Code)}' for ${role}`);
      const expiration = new Date(String(exp));
      if (Number.isNaN(expiration.getTime()))
        throw new CredentialsError(`the metadata service answered an unreadable Expiration for ${role}`);
      return { accessKeyId: id, accessKeySecret: secret, securityToken: token, expiration };
    });
  }
};

// src/credentials/profile.ts
import { readFileSync } from "node:fs";
import { join } from "node:path";

// src/credentials/providers.ts
var credentialsPkg = __toESM(require_client(), 1);

// src/credentials/refreshing.ts
var RefreshingProvider = class {
  static {
    __name(this, "RefreshingProvider");
  }
  current;
  inflight;
  opts;
  /** How many times keys were fetched (the first time included). */
  fetches = 0;
  constructor(opts) {
    this.opts = opts;
  }
  now() {
    return (this.opts.now ?? Date.now)();
  }
  /** When keys fetched at `fetchedAt` should be fetched again (Infinity: never). */
  refreshAt(keys, fetchedAt) {
    if (!keys.expiration) return Number.POSITIVE_INFINITY;
    const exp = keys.expiration.getTime();
    const lifetime = Math.max(0, exp - fetchedAt);
    return exp - Math.min(this.opts.maxWindowMs ?? 15 * 6e4, lifetime / 2);
  }
  usable(keys) {
    return !keys.expiration || keys.expiration.getTime() - (this.opts.marginMs ?? 5e3) > this.now();
  }
  refresh() {
    this.inflight ??= (async () => {
      try {
        const keys = await this.opts.fetch();
        this.fetches++;
        const fetchedAt = this.now();
        this.current = { keys, fetchedAt, refreshAt: this.refreshAt(keys, fetchedAt) };
        if (this.fetches > 1)
          this.opts.log?.info(
            `Refreshed ${this.opts.name} credentials${keys.expiration ? `, valid until ${keys.expiration.toISOString()}` : ""}`
          );
        return keys;
      } finally {
        this.inflight = void 0;
      }
    })();
    return this.inflight;
  }
  /** Current keys, refreshed first when they are due. */
  async keys() {
    const cur = this.current;
    if (cur && this.now() < cur.refreshAt) return cur.keys;
    try {
      return await this.refresh();
    } catch (err) {
      if (cur && this.usable(cur.keys)) {
        cur.refreshAt = Math.min(cur.keys.expiration?.getTime() ?? 0, this.now() + 1e4);
        this.opts.log?.warning?.(
          `Refreshing ${this.opts.name} credentials failed (${err instanceof Error ? err.message : String(err)}); using the current ones until ${cur.keys.expiration?.toISOString()}`
        );
        return cur.keys;
      }
      throw err;
    }
  }
  /** `CredentialsProvider.getCredentials()` of `@alicloud/credentials`. */
  async getCredentials() {
    const k = await this.keys();
    return { ...k, securityToken: k.securityToken ?? "", providerName: this.opts.name };
  }
  /** `CredentialsProvider.getProviderName()`. */
  getProviderName() {
    return this.opts.name;
  }
  /** When the current keys expire (undefined: long-lived or not fetched yet). */
  get expiration() {
    return this.current?.keys.expiration;
  }
};

// src/credentials/providers.ts
function staticFetcher(keys) {
  const provider = keys.securityToken ? StaticSTSCredentialsProvider.builder().withAccessKeyId(keys.accessKeyId).withAccessKeySecret(keys.accessKeySecret).withSecurityToken(keys.securityToken).build() : StaticAKCredentialsProvider.builder().withAccessKeyId(keys.accessKeyId).withAccessKeySecret(keys.accessKeySecret).build();
  return async () => {
    const c = await provider.getCredentials();
    return {
      accessKeyId: c.accessKeyId,
      accessKeySecret: c.accessKeySecret,
      ...c.securityToken ? { securityToken: c.securityToken } : {},
      ...keys.expiration ? { expiration: keys.expiration } : {}
    };
  };
}
__name(staticFetcher, "staticFetcher");
var { StaticAKCredentialsProvider, StaticSTSCredentialsProvider } = credentialsPkg;
function jwtExpiry(token) {
  try {
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8"));
    return typeof claims.exp === "number" ? claims.exp : void 0;
  } catch {
    return void 0;
  }
}
__name(jwtExpiry, "jwtExpiry");
function cachedTokenSource(fetchToken, mask, opts = {}) {
  let cached;
  return async () => {
    const now = (opts.now ?? Date.now)();
    if (cached?.exp !== void 0 && cached.exp * 1e3 - now > (opts.minRemainingMs ?? 12e4))
      return cached.token;
    const token = (await fetchToken()).trim();
    mask(token);
    if (!token) throw new CredentialsError("the OIDC token is empty");
    cached = { token, exp: jwtExpiry(token) };
    return token;
  };
}
__name(cachedTokenSource, "cachedTokenSource");
function assumeRoleFetcher(sts, base, params, opts) {
  const baseProvider = new RefreshingProvider({ name: opts.baseName, fetch: base, log: opts.log });
  return async () => (await sts.assumeRole(() => baseProvider.keys(), params)).keys;
}
__name(assumeRoleFetcher, "assumeRoleFetcher");
function oidcFetcher(sts, token, params, onAssumed) {
  return async () => {
    const r = await sts.assumeRoleWithOidc(() => token(), params);
    onAssumed?.({ arn: r.arn, subject: r.oidc?.subject });
    return r.keys;
  };
}
__name(oidcFetcher, "oidcFetcher");
function ecsRamRoleFetcher(imds, role) {
  let name = role;
  return async () => {
    const client = imds();
    try {
      name ||= await client.roleName();
      return await client.credentials(name);
    } catch (err) {
      if (err instanceof CloudError && err.errorClass === "network")
        throw new CredentialsError(
          `ECS instance RAM role${name ? ` ${name}` : ""}: the metadata service at ${client.endpoint} did not answer (${err.apiMessage}). It answers only on an ECS instance; elsewhere use another source, or point IMAGE_BUILD_METADATA_ENDPOINT at a stand-in`
        );
      if (err instanceof CloudError && err.code === "NotFound")
        throw new CredentialsError(
          `ECS instance RAM role${name ? ` ${name}` : ""}: the metadata service at ${client.endpoint} has no credentials for it (${err.apiMessage}). Attach the role to the instance, or name the role attached to it`
        );
      throw err;
    }
  };
}
__name(ecsRamRoleFetcher, "ecsRamRoleFetcher");

// src/credentials/validate.ts
var ROLE_ARN = /^acs:ram::\d{12,16}:role\/[A-Za-z0-9._@-]{1,64}$/;
var OIDC_PROVIDER_ARN = /^acs:ram::\d{12,16}:oidc-provider\/[A-Za-z0-9._-]{1,128}$/;
var SESSION_NAME = /^[\w.@-]{2,64}$/;
var REGION = /^[a-z0-9-]+$/;
var MIN_SESSION_SECONDS = 900;
var MAX_SESSION_SECONDS = 43200;
function checkRoleArn(arn, what) {
  if (!ROLE_ARN.test(arn))
    throw new CredentialsError(
      `${what} '${arn}' is not a RAM role ARN: expected acs:ram::<12-16 digit account id>:role/<role name>, for example acs:ram::123456789012:role/image-builder`
    );
}
__name(checkRoleArn, "checkRoleArn");
function checkOidcProviderArn(arn, what) {
  if (!OIDC_PROVIDER_ARN.test(arn))
    throw new CredentialsError(
      `${what} '${arn}' is not an OIDC provider ARN: expected acs:ram::<12-16 digit account id>:oidc-provider/<provider name>, for example acs:ram::123456789012:oidc-provider/github`
    );
}
__name(checkOidcProviderArn, "checkOidcProviderArn");
function checkSessionName(name, what) {
  if (!SESSION_NAME.test(name))
    throw new CredentialsError(
      `${what} '${name}' is not a valid session name: use 2 to 64 characters from letters, digits and _ . @ -`
    );
}
__name(checkSessionName, "checkSessionName");
function checkRegion(region, what) {
  if (!REGION.test(region))
    throw new CredentialsError(
      `${what} '${region}' is not a region id: expected lower-case letters, digits and '-', for example cn-hangzhou`
    );
}
__name(checkRegion, "checkRegion");
function parseSessionDuration(text, what) {
  const t = text.trim();
  let seconds;
  if (/^\d+$/.test(t)) seconds = Number(t);
  else {
    try {
      const ns = parseGoDuration(t);
      if (ns % 1000000000n !== 0n) throw new DurationError("not whole seconds");
      seconds = Number(ns / 1000000000n);
    } catch {
      throw new CredentialsError(
        `${what} '${text}' is not a duration: use seconds (3600) or a duration such as 1h or 90m, from 15m to 12h`
      );
    }
  }
  if (seconds < MIN_SESSION_SECONDS || seconds > MAX_SESSION_SECONDS)
    throw new CredentialsError(
      `${what} '${text}' is out of range: a session lasts from 900 s (15m) to 43200 s (12h)`
    );
  return seconds;
}
__name(parseSessionDuration, "parseSessionDuration");
function defaultSessionName(env, now = Date.now()) {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT || "1"}` : String(now);
  return `image-build-${run}`.replace(/[^\w.@-]/g, "-").slice(0, 64);
}
__name(defaultSessionName, "defaultSessionName");

// src/credentials/profile.ts
function profilePath(file, home) {
  if (!file) return join(home, ".aliyun", "config.json");
  if (file === "~") return home;
  if (file.startsWith("~/")) return join(home, file.slice(2));
  return file;
}
__name(profilePath, "profilePath");
function readCliConfig(path) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT") return void 0;
    throw new CredentialsError(`Cannot read the profile file ${path}: ${err.message}`);
  }
  let conf;
  try {
    conf = JSON.parse(text);
  } catch (err) {
    throw new CredentialsError(
      `The profile file ${path} is not valid JSON (${err.message.split("\n")[0]})`
    );
  }
  const profiles = conf?.profiles;
  if (!Array.isArray(profiles)) throw new CredentialsError(`The profile file ${path} has no "profiles" list`);
  return { current: conf.current, profiles };
}
__name(readCliConfig, "readCliConfig");
var SUPPORTED = ["AK", "StsToken", "RamRoleArn", "EcsRamRole", "ChainableRamRoleArn", "OIDC"];
function duration(p) {
  const raw = p.duration_seconds ?? p.expired_seconds;
  if (raw === void 0 || raw === "" || Number(raw) === 0) return void 0;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < MIN_SESSION_SECONDS || n > MAX_SESSION_SECONDS)
    throw new CredentialsError(
      `Profile '${p.name}': session duration ${String(raw)} is not within 900..43200 seconds`
    );
  return n;
}
__name(duration, "duration");
function need(p, path, ...fields) {
  const missing = fields.filter((f) => typeof p[f] !== "string" || p[f] === "");
  if (missing.length)
    throw new CredentialsError(`Profile '${p.name}' (mode ${p.mode}) in ${path} lacks ${missing.join(", ")}`);
}
__name(need, "need");
function profilePlan(conf, name, path, opts) {
  const p = conf.profiles.find((x) => x?.name === name);
  if (!p)
    throw new CredentialsError(
      `Profile '${name}' is not in ${path} (profiles there: ${conf.profiles.map((x) => x?.name).join(", ") || "none"})`
    );
  for (const k of ["access_key_id", "access_key_secret", "sts_token"])
    if (typeof p[k] === "string" && p[k]) opts.mask(p[k]);
  const region = p.region_id ? { value: p.region_id, source: `profile '${name}' region_id` } : void 0;
  const label = `profile '${name}' (mode ${p.mode ?? "none"}) from ${path}`;
  const common = {
    description: label,
    region,
    stsEndpoint: p.sts_endpoint || void 0,
    stsRegion: p.sts_region || void 0
  };
  switch (p.mode) {
    case "AK":
      need(p, path, "access_key_id", "access_key_secret");
      return {
        ...common,
        providerName: "cli_profile/static_ak",
        build: /* @__PURE__ */ __name(() => staticFetcher({ accessKeyId: p.access_key_id, accessKeySecret: p.access_key_secret }), "build")
      };
    case "StsToken":
      need(p, path, "access_key_id", "access_key_secret", "sts_token");
      return {
        ...common,
        providerName: "cli_profile/static_sts",
        build: /* @__PURE__ */ __name(() => staticFetcher({
          accessKeyId: p.access_key_id,
          accessKeySecret: p.access_key_secret,
          securityToken: p.sts_token
        }), "build")
      };
    case "RamRoleArn": {
      need(p, path, "access_key_id", "access_key_secret", "ram_role_arn");
      const durationSeconds = duration(p);
      return {
        ...common,
        providerName: "cli_profile/ram_role_arn",
        build: /* @__PURE__ */ __name((ctx) => assumeRoleFetcher(
          ctx.sts,
          staticFetcher({ accessKeyId: p.access_key_id, accessKeySecret: p.access_key_secret }),
          {
            roleArn: p.ram_role_arn,
            sessionName: p.ram_session_name || opts.sessionDefault,
            durationSeconds,
            externalId: p.external_id || void 0
          },
          { baseName: "cli_profile/static_ak", log: ctx.log }
        ), "build")
      };
    }
    case "EcsRamRole":
      return {
        ...common,
        providerName: "cli_profile/ecs_ram_role",
        build: /* @__PURE__ */ __name((ctx) => ecsRamRoleFetcher(ctx.imds, p.ram_role_name || void 0), "build")
      };
    case "OIDC": {
      need(p, path, "oidc_token_file", "oidc_provider_arn", "ram_role_arn");
      const durationSeconds = duration(p);
      return {
        ...common,
        providerName: "cli_profile/oidc_role_arn",
        build: /* @__PURE__ */ __name((ctx) => oidcFetcher(
          ctx.sts,
          // The file is read again whenever a new session is needed (it is rotated by its owner).
          cachedTokenSource(
            async () => {
              try {
                return readFileSync(p.oidc_token_file, "utf8");
              } catch (err) {
                throw new CredentialsError(
                  `Profile '${name}': cannot read oidc_token_file ${p.oidc_token_file}: ${err.message}`
                );
              }
            },
            ctx.mask,
            { minRemainingMs: Number.POSITIVE_INFINITY }
          ),
          {
            roleArn: p.ram_role_arn,
            providerArn: p.oidc_provider_arn,
            sessionName: p.ram_session_name || opts.sessionDefault,
            durationSeconds
          },
          ctx.onAssumed
        ), "build")
      };
    }
    case "ChainableRamRoleArn": {
      need(p, path, "source_profile", "ram_role_arn");
      const chain = [...opts.chain ?? [], name];
      if (chain.includes(p.source_profile))
        throw new CredentialsError(
          `Profile '${name}': source_profile loop (${[...chain, p.source_profile].join(" -> ")})`
        );
      const source = profilePlan(conf, p.source_profile, path, { ...opts, chain });
      const durationSeconds = duration(p);
      return {
        ...common,
        description: `${label}, on top of ${source.description}`,
        region: region ?? source.region,
        providerName: "cli_profile/chainable_ram_role_arn",
        build: /* @__PURE__ */ __name((ctx) => assumeRoleFetcher(
          ctx.sts,
          source.build(ctx),
          {
            roleArn: p.ram_role_arn,
            sessionName: p.ram_session_name || opts.sessionDefault,
            durationSeconds,
            externalId: p.external_id || void 0
          },
          { baseName: source.providerName, log: ctx.log }
        ), "build")
      };
    }
    default:
      throw new CredentialsError(
        `Profile '${name}' in ${path} has mode '${p.mode ?? ""}', which image-build does not support (supported: ${SUPPORTED.join(", ")})`
      );
  }
}
__name(profilePlan, "profilePlan");

// src/credentials/region.ts
function resolveRegion(opts) {
  const cli = opts.frontEnd === "cli";
  const own = cli ? "flag -region" : "input region";
  const t = /* @__PURE__ */ __name((s) => (s ?? "").trim(), "t");
  const envRegion = t(opts.env.ALICLOUD_REGION);
  const templateRegion = t(opts.template.region);
  const candidates = [
    [t(opts.inputs.region), own],
    // The decoded template falls back to ALICLOUD_REGION itself; say so when that is where it came from.
    [templateRegion, templateRegion === envRegion ? "ALICLOUD_REGION" : "template region"],
    [envRegion, "ALICLOUD_REGION"],
    [t(opts.env.ALIBABA_CLOUD_REGION_ID), "ALIBABA_CLOUD_REGION_ID"],
    [t(opts.profileRegion?.value), opts.profileRegion?.source ?? "profile region_id"]
  ];
  const found = candidates.find(([value]) => value !== "");
  if (!found)
    throw new CredentialsError(
      `No region: ${cli ? "pass -region, set" : "set the 'region' input,"} the template's 'region', ALICLOUD_REGION or ALIBABA_CLOUD_REGION_ID`
    );
  checkRegion(
    found[0],
    found[1] === own ? cli ? "Flag -region" : "Input 'region'" : `Region from ${found[1]}`
  );
  return { region: found[0], source: found[1] };
}
__name(resolveRegion, "resolveRegion");

// src/credentials/chain.ts
function optionName(frontEnd, name, capital = false) {
  const text = frontEnd === "cli" ? `flag -${name}` : `input '${name}'`;
  return capital ? text[0].toUpperCase() + text.slice(1) : text;
}
__name(optionName, "optionName");
var Credential = import_credentials.default.default ?? import_credentials.default;
var CREDENTIALS_RETRY = {
  maxAttempts: 5,
  baseDelayMs: 250,
  maxDelayMs: 8e3,
  maxElapsedMs: 3e4
};
var DEFAULT_AUDIENCE = "sts.aliyuncs.com";
var v = /* @__PURE__ */ __name((s) => (s ?? "").trim(), "v");
function nothingFoundMessage(tried, roleNote) {
  const lines = tried.map((t, i) => `  ${i + 1}. ${t.source}: ${t.why}.
     Fix: ${t.fix}`);
  return [
    "No Alibaba Cloud credentials found. image-build looked in this order:",
    ...lines,
    ...roleNote ? [roleNote] : [],
    "See the README's Credentials section for examples."
  ].join("\n");
}
__name(nothingFoundMessage, "nothingFoundMessage");
async function resolveCredentials(opts) {
  const known = /* @__PURE__ */ new Set();
  const mask = /* @__PURE__ */ __name((secret) => {
    if (!secret || known.has(secret)) return;
    known.add(secret);
    opts.mask(secret);
  }, "mask");
  const scrubbed = /* @__PURE__ */ __name((err) => {
    if (err instanceof Error && known.size > 0) {
      const clean = scrub(err.message, known);
      if (clean !== err.message) {
        err.message = clean;
        if (err.stack) err.stack = scrub(err.stack, known);
      }
    }
    return err;
  }, "scrubbed");
  try {
    return await resolve(opts, mask, scrubbed);
  } catch (err) {
    throw scrubbed(err);
  }
}
__name(resolveCredentials, "resolveCredentials");
async function resolve(opts, mask, scrubbed) {
  const inputs = opts.inputs ?? {};
  const template = opts.template ?? {};
  const env = opts.env;
  const log = opts.log;
  const fe = opts.frontEnd ?? "action";
  const O = /* @__PURE__ */ __name((name) => optionName(fe, name, true), "O");
  const o = /* @__PURE__ */ __name((name) => optionName(fe, name), "o");
  for (const s of [
    inputs.accessKeyId,
    inputs.accessKeySecret,
    inputs.securityToken,
    template.accessKey,
    template.secretKey,
    template.securityToken,
    env.ALICLOUD_ACCESS_KEY,
    env.ALICLOUD_SECRET_KEY,
    env.SECURITY_TOKEN,
    env.ALICLOUD_SECURITY_TOKEN,
    env.ALIBABA_CLOUD_ACCESS_KEY_ID,
    env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,
    env.ALIBABA_CLOUD_SECURITY_TOKEN
  ])
    if (v(s)) mask(v(s));
  const roleInput = v(inputs.roleToAssume);
  const providerArn = v(inputs.oidcProviderArn);
  if (providerArn && !roleInput)
    throw new CredentialsError(
      "Input 'oidc-provider-arn' is set but 'role-to-assume' is not: GitHub OIDC needs the role to assume as well"
    );
  if (roleInput) checkRoleArn(roleInput, O("role-to-assume"));
  if (providerArn) checkOidcProviderArn(providerArn, "Input 'oidc-provider-arn'");
  const templateRole = v(template.ramRoleArn);
  if (templateRole && !roleInput) checkRoleArn(templateRole, "Template 'ram_role_arn'");
  const sessionName = v(inputs.roleSessionName) || v(template.ramSessionName) || defaultSessionName(env);
  checkSessionName(
    sessionName,
    v(inputs.roleSessionName) ? O("role-session-name") : v(template.ramSessionName) ? "Template 'ram_session_name'" : "Session name"
  );
  const durationSeconds = v(inputs.roleSessionExpiration) ? parseSessionDuration(v(inputs.roleSessionExpiration), O("role-session-expiration")) : void 0;
  const policy = v(inputs.rolePolicy) || void 0;
  if (policy) {
    try {
      JSON.parse(policy);
    } catch {
      throw new CredentialsError(`${O("role-policy")} is not valid JSON`);
    }
  }
  if (v(inputs.region)) checkRegion(v(inputs.region), O("region"));
  const tried = [];
  const base = chooseBase(opts, mask, sessionName, durationSeconds, policy, tried);
  const roleOnTop = !providerArn && (roleInput || templateRole) ? roleInput || templateRole : void 0;
  if (providerArn && templateRole && templateRole !== roleInput)
    log?.warning?.(
      `The template's ram_role_arn (${templateRole}) is not used: GitHub OIDC assumes input role-to-assume (${roleInput})`
    );
  if (!base) {
    const note = roleOnTop ? `A role to assume is set (${roleInput ? o("role-to-assume") : "template 'ram_role_arn'"}), but assuming it needs one of the credentials above${fe === "action" ? ", or 'oidc-provider-arn' for GitHub OIDC" : ""}.` : void 0;
    throw new CredentialsError(nothingFoundMessage(tried, note));
  }
  const region = resolveRegion({
    inputs,
    template,
    env,
    profileRegion: base.region,
    frontEnd: fe
  });
  const sts = resolveStsEndpoint({
    override: opts.stsEndpoint || inputs.stsEndpoint,
    env,
    region: region.region,
    profileEndpoint: base.stsEndpoint,
    profileRegion: base.stsRegion
  });
  const stsClient = new StsClient({
    endpoint: sts.url,
    ca: opts.ca,
    retry: { ...CREDENTIALS_RETRY, ...opts.retry },
    mask,
    log
  });
  let imdsClient;
  const imds = /* @__PURE__ */ __name(() => {
    imdsClient ??= new ImdsClient({
      endpoint: resolveMetadataEndpoint({ override: opts.metadataEndpoint, env }).url,
      disableV1: env.ALIBABA_CLOUD_IMDSV1_DISABLED?.toLowerCase() === "true",
      retry: { ...CREDENTIALS_RETRY, ...opts.retry },
      mask,
      log
    });
    return imdsClient;
  }, "imds");
  let assumedRoleArn;
  const ctx = {
    sts: stsClient,
    imds,
    mask,
    log,
    onAssumed: /* @__PURE__ */ __name((info) => {
      assumedRoleArn = info.arn ?? assumedRoleArn;
    }, "onAssumed")
  };
  let fetcher = base.build(ctx);
  let source = base.description;
  let providerName = base.providerName;
  if (roleOnTop) {
    const baseFetcher = fetcher;
    fetcher = assumeRoleFetcher(
      stsClient,
      baseFetcher,
      {
        roleArn: roleOnTop,
        sessionName,
        durationSeconds,
        policy,
        externalId: v(inputs.roleExternalId) || void 0
      },
      { baseName: providerName, log }
    );
    source = `role ${roleOnTop} (${roleInput ? fe === "cli" ? "flag -role-to-assume" : "input role-to-assume" : "template ram_role_arn"}) assumed with ${source}`;
    providerName = "ram_role_arn";
    assumedRoleArn = roleOnTop;
  }
  const guarded = /* @__PURE__ */ __name(async () => {
    try {
      const keys = await fetcher();
      for (const s of [keys.accessKeyId, keys.accessKeySecret, keys.securityToken]) if (s) mask(s);
      return keys;
    } catch (err) {
      throw scrubbed(err);
    }
  }, "guarded");
  const provider = new RefreshingProvider({
    name: providerName,
    fetch: guarded,
    log,
    maxWindowMs: opts.refreshWindowMs
  });
  const first = await provider.keys();
  log?.debug?.(`credentials: ${source}; STS endpoint ${sts.url} (${sts.source})`);
  const identity = opts.verify ? await stsClient.getCallerIdentity(() => provider.keys()) : void 0;
  return {
    credential: new Credential(null, provider),
    provider,
    source,
    region: region.region,
    regionSource: region.source,
    stsEndpoint: sts.url,
    assumedRoleArn,
    identity,
    temporary: first.expiration !== void 0,
    keys: /* @__PURE__ */ __name(() => provider.keys(), "keys")
  };
}
__name(resolve, "resolve");
function chooseBase(opts, mask, sessionName, durationSeconds, policy, tried) {
  const inputs = opts.inputs ?? {};
  const template = opts.template ?? {};
  const env = opts.env;
  const fe = opts.frontEnd ?? "action";
  const o = /* @__PURE__ */ __name((name) => optionName(fe, name), "o");
  const roleInput = v(inputs.roleToAssume);
  const providerArn = v(inputs.oidcProviderArn);
  if (roleInput && providerArn) {
    const getIdToken = opts.getIdToken;
    if (!getIdToken)
      throw new CredentialsError(
        "Inputs 'role-to-assume' and 'oidc-provider-arn' ask for GitHub OIDC, which works only in a GitHub Actions job (use access keys or a profile elsewhere)"
      );
    const audience = v(inputs.audience) || DEFAULT_AUDIENCE;
    return {
      providerName: "oidc_role_arn",
      description: `GitHub OIDC (role ${roleInput}, provider ${providerArn}, audience ${audience})`,
      build: /* @__PURE__ */ __name((ctx) => oidcFetcher(
        ctx.sts,
        cachedTokenSource(() => getIdToken(audience), ctx.mask),
        { roleArn: roleInput, providerArn, sessionName, durationSeconds, policy },
        ctx.onAssumed
      ), "build")
    };
  }
  if (fe === "action")
    tried.push({
      source: "GitHub OIDC",
      why: roleInput ? "input 'oidc-provider-arn' is not set" : "inputs 'role-to-assume' and 'oidc-provider-arn' are not set",
      fix: "set 'role-to-assume' and 'oidc-provider-arn', and give the job 'permissions: id-token: write'"
    });
  const keys = staticKeys(inputs, template, env, tried, fe);
  if (keys) {
    for (const s of [keys.keys.accessKeyId, keys.keys.accessKeySecret, keys.keys.securityToken])
      if (s) mask(s);
    return {
      providerName: keys.keys.securityToken ? "static_sts" : "static_ak",
      description: keys.source,
      build: /* @__PURE__ */ __name(() => staticFetcher(keys.keys), "build")
    };
  }
  const path = profilePath(
    v(template.sharedCredentialsFile) || v(env.ALICLOUD_SHARED_CREDENTIALS_FILE),
    opts.home
  );
  const named = [
    [v(inputs.profile), o("profile")],
    [
      v(template.profile),
      v(template.profile) === v(env.ALICLOUD_PROFILE) ? "ALICLOUD_PROFILE" : "template 'profile'"
    ],
    [v(env.ALICLOUD_PROFILE), "ALICLOUD_PROFILE"],
    [v(env.ALIBABA_CLOUD_PROFILE), "ALIBABA_CLOUD_PROFILE"]
  ];
  const chosen = named.find(([n]) => n !== "");
  const conf = readCliConfig(path);
  if (chosen && !conf)
    throw new CredentialsError(
      `Profile '${chosen[0]}' (${chosen[1]}) was asked for, but ${path} does not exist`
    );
  if (conf) {
    const name = chosen?.[0] || v(conf.current);
    if (name) {
      const plan = profilePlan(conf, name, path, { mask, sessionDefault: sessionName });
      return {
        ...plan,
        description: `${plan.description}${chosen ? `, chosen by ${chosen[1]}` : ", its current profile"}`
      };
    }
    tried.push({
      source: "Aliyun CLI profile",
      why: `no profile is named (${o("profile")}, template 'profile', ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE) and ${path} has no current profile`,
      fix: fe === "cli" ? "pass -profile with one of its profiles" : "set the 'profile' input to one of its profiles"
    });
  } else {
    tried.push({
      source: "Aliyun CLI profile",
      why: `no profile is named (${o("profile")}, template 'profile', ALICLOUD_PROFILE, ALIBABA_CLOUD_PROFILE) and ${path} does not exist`,
      fix: fe === "cli" ? "run 'aliyun configure', or pass -profile and set the template's 'shared_credentials_file'" : "run 'aliyun configure' where the build runs, or set 'profile' and the template's 'shared_credentials_file'"
    });
  }
  const ecsRole = v(inputs.ecsRamRole) || v(template.ramRoleName);
  if (ecsRole) {
    const from = v(inputs.ecsRamRole) ? o("ecs-ram-role") : "template 'ram_role_name'";
    return {
      providerName: "ecs_ram_role",
      description: `ECS instance RAM role ${ecsRole} (${from}) from the metadata service`,
      build: /* @__PURE__ */ __name((ctx) => ecsRamRoleFetcher(ctx.imds, ecsRole), "build")
    };
  }
  tried.push({
    source: "ECS instance RAM role",
    why: `neither ${o("ecs-ram-role")} nor template 'ram_role_name' is set`,
    fix: fe === "cli" ? "on an ECS instance, pass -ecs-ram-role with the RAM role attached to the instance" : "on a self-hosted runner on an ECS instance, set 'ecs-ram-role' to the RAM role attached to the instance"
  });
  return void 0;
}
__name(chooseBase, "chooseBase");
function staticKeys(inputs, template, env, tried, fe) {
  const id = v(inputs.accessKeyId);
  const secret = v(inputs.accessKeySecret);
  if (id || secret) {
    if (!id || !secret)
      throw new CredentialsError(
        `Input '${id ? "access-key-id" : "access-key-secret"}' is set but '${id ? "access-key-secret" : "access-key-id"}' is not: both are needed`
      );
    const token = v(inputs.securityToken);
    return {
      keys: { accessKeyId: id, accessKeySecret: secret, securityToken: token || void 0 },
      source: `access keys from inputs access-key-id/access-key-secret${token ? "/security-token" : ""}`
    };
  }
  if (v(inputs.securityToken))
    throw new CredentialsError(
      "Input 'security-token' is set but 'access-key-id' and 'access-key-secret' are not"
    );
  const tId = v(template.accessKey);
  const tSecret = v(template.secretKey);
  const fromEnv = tId === v(env.ALICLOUD_ACCESS_KEY) && tSecret === v(env.ALICLOUD_SECRET_KEY);
  if (tId || tSecret) {
    if (!tId || !tSecret) {
      if (!fromEnv)
        throw new CredentialsError(
          `Template '${tId ? "access_key" : "secret_key"}' is set but '${tId ? "secret_key" : "access_key"}' is not (nor ${tId ? "ALICLOUD_SECRET_KEY" : "ALICLOUD_ACCESS_KEY"}): both are needed`
        );
    } else {
      const token = v(template.securityToken) || (fromEnv ? v(env.ALICLOUD_SECURITY_TOKEN) || v(env.SECURITY_TOKEN) : "") || void 0;
      return {
        keys: { accessKeyId: tId, accessKeySecret: tSecret, securityToken: token },
        source: fromEnv ? `access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY${token ? " with a security token" : ""}` : `access keys from the template's access_key/secret_key${token ? " with a security token" : ""}`
      };
    }
  }
  const partial = [];
  const eId = v(env.ALICLOUD_ACCESS_KEY);
  const eSecret = v(env.ALICLOUD_SECRET_KEY);
  if (eId && eSecret) {
    const token = v(env.ALICLOUD_SECURITY_TOKEN) || v(env.SECURITY_TOKEN) || void 0;
    return {
      keys: { accessKeyId: eId, accessKeySecret: eSecret, securityToken: token },
      source: `access keys from environment ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY${token ? " with a security token" : ""}`
    };
  }
  if (eId || eSecret) partial.push(`only ${eId ? "ALICLOUD_ACCESS_KEY" : "ALICLOUD_SECRET_KEY"} is set`);
  const sId = v(env.ALIBABA_CLOUD_ACCESS_KEY_ID);
  const sSecret = v(env.ALIBABA_CLOUD_ACCESS_KEY_SECRET);
  if (sId && sSecret) {
    const token = v(env.ALIBABA_CLOUD_SECURITY_TOKEN) || void 0;
    return {
      keys: { accessKeyId: sId, accessKeySecret: sSecret, securityToken: token },
      source: `access keys from environment ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET${token ? "/ALIBABA_CLOUD_SECURITY_TOKEN" : ""}`
    };
  }
  if (sId || sSecret)
    partial.push(`only ${sId ? "ALIBABA_CLOUD_ACCESS_KEY_ID" : "ALIBABA_CLOUD_ACCESS_KEY_SECRET"} is set`);
  tried.push({
    source: "Access keys",
    why: partial.length ? partial.join("; ") : `${fe === "cli" ? "" : "inputs 'access-key-id'/'access-key-secret', "}template 'access_key'/'secret_key', ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY and ALIBABA_CLOUD_ACCESS_KEY_ID/ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set`,
    fix: fe === "cli" ? "export ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (or Packer's ALICLOUD_ACCESS_KEY and ALICLOUD_SECRET_KEY)" : "pass 'access-key-id' and 'access-key-secret' from repository secrets (prefer GitHub OIDC: no stored keys)"
  });
  return void 0;
}
__name(staticKeys, "staticKeys");

// src/credentials/export.ts
var EXPORTED_VARIABLES = [
  "ALIBABA_CLOUD_ACCESS_KEY_ID",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
  "ALIBABA_CLOUD_REGION_ID",
  "ALICLOUD_ACCESS_KEY",
  "ALICLOUD_SECRET_KEY",
  "ALICLOUD_SECURITY_TOKEN",
  "ALICLOUD_REGION"
];
function credentialVariables(keys, region) {
  const token = keys.securityToken ?? "";
  return {
    ALIBABA_CLOUD_ACCESS_KEY_ID: keys.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: keys.accessKeySecret,
    ALIBABA_CLOUD_SECURITY_TOKEN: token,
    ALIBABA_CLOUD_REGION_ID: region,
    ALICLOUD_ACCESS_KEY: keys.accessKeyId,
    ALICLOUD_SECRET_KEY: keys.accessKeySecret,
    ALICLOUD_SECURITY_TOKEN: token,
    ALICLOUD_REGION: region
  };
}
__name(credentialVariables, "credentialVariables");

// src/credentials/template-access.ts
var NON_SECRET_ACCESS_FIELDS = [
  "region",
  "profile",
  "sharedCredentialsFile",
  "ramRoleName",
  "ramRoleArn",
  "ramSessionName"
];
var FIELDS = [
  "accessKey",
  "secretKey",
  "securityToken",
  ...NON_SECRET_ACCESS_FIELDS
];
function templateAccessOf(config) {
  const out = {};
  for (const k of FIELDS) if (config?.[k] !== void 0) out[k] = config[k];
  return out;
}
__name(templateAccessOf, "templateAccessOf");
function accessDiffers(configs) {
  const first = configs[0];
  return configs.some(
    (c) => ["accessKey", "profile", "sharedCredentialsFile", "ramRoleArn", "ramRoleName"].some(
      (k) => c?.[k] !== first?.[k]
    )
  );
}
__name(accessDiffers, "accessDiffers");

export {
  resolveEndpoints,
  CredentialsError,
  retryCall,
  Cloud,
  StsClient,
  CREDENTIALS_RETRY,
  resolveCredentials,
  EXPORTED_VARIABLES,
  credentialVariables,
  NON_SECRET_ACCESS_FIELDS,
  templateAccessOf,
  accessDiffers
};
