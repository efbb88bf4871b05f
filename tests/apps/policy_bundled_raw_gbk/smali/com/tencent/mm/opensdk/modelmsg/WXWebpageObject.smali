.class public Lcom/tencent/mm/opensdk/modelmsg/WXWebpageObject;
.super Ljava/lang/Object;
.source "WXWebpageObject.java"

# interfaces
.implements Lcom/tencent/mm/opensdk/modelmsg/WXMediaMessage$IMediaObject;


# instance fields
.field public webpageUrl:Ljava/lang/String;


# direct methods
.method public constructor <init>()V
    .registers 1

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    return-void
.end method


# virtual methods
.method public type()I
    .registers 2

    const/4 v0, 0x5

    return v0
.end method
