.class public Lcom/example/zoo/push/ZooJCoreService;
.super Lcn/jpush/android/service/JCommonService;
.source "ZooJCoreService.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcn/jpush/android/service/JCommonService;-><init>()V
    return-void
.end method
