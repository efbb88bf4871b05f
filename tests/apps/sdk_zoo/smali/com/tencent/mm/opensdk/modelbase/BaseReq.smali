.class public abstract Lcom/tencent/mm/opensdk/modelbase/BaseReq;
.super Ljava/lang/Object;
