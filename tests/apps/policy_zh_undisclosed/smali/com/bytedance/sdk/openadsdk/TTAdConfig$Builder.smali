.class public final Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;
.super Ljava/lang/Object;
.source "SourceFile"


# instance fields
.field private final a:Lcom/bytedance/sdk/openadsdk/TTAdConfig;


# direct methods
.method public constructor <init>()V
    .registers 2

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    new-instance v0, Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    invoke-direct {v0}, Lcom/bytedance/sdk/openadsdk/TTAdConfig;-><init>()V

    iput-object v0, p0, Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;->a:Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    return-void
.end method


# virtual methods
.method public final appId(Ljava/lang/String;)Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;
    .registers 3

    iget-object v0, p0, Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;->a:Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    iput-object p1, v0, Lcom/bytedance/sdk/openadsdk/TTAdConfig;->a:Ljava/lang/String;

    return-object p0
.end method

.method public final appName(Ljava/lang/String;)Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;
    .registers 3

    iget-object v0, p0, Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;->a:Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    iput-object p1, v0, Lcom/bytedance/sdk/openadsdk/TTAdConfig;->b:Ljava/lang/String;

    return-object p0
.end method

.method public final build()Lcom/bytedance/sdk/openadsdk/TTAdConfig;
    .registers 2

    iget-object v0, p0, Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;->a:Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    return-object v0
.end method

.method public final useTextureView(Z)Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;
    .registers 3

    iget-object v0, p0, Lcom/bytedance/sdk/openadsdk/TTAdConfig$Builder;->a:Lcom/bytedance/sdk/openadsdk/TTAdConfig;

    iput-boolean p1, v0, Lcom/bytedance/sdk/openadsdk/TTAdConfig;->c:Z

    return-object p0
.end method
