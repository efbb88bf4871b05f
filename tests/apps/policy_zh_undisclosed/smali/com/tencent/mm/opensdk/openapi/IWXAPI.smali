.class public interface abstract Lcom/tencent/mm/opensdk/openapi/IWXAPI;
.super Ljava/lang/Object;
.source "SourceFile"


# virtual methods
.method public abstract isWXAppInstalled()Z
.end method

.method public abstract registerApp(Ljava/lang/String;)Z
.end method

.method public abstract sendReq(Lcom/tencent/mm/opensdk/modelbase/BaseReq;)Z
.end method
