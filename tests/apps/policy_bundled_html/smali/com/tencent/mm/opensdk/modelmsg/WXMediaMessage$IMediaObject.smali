.class public interface abstract Lcom/tencent/mm/opensdk/modelmsg/WXMediaMessage$IMediaObject;
.super Ljava/lang/Object;
.source "WXMediaMessage.java"


# annotations
.annotation system Ldalvik/annotation/EnclosingClass;
    value = Lcom/tencent/mm/opensdk/modelmsg/WXMediaMessage;
.end annotation

.annotation system Ldalvik/annotation/InnerClass;
    accessFlags = 0x609
    name = "IMediaObject"
.end annotation


# virtual methods
.method public abstract type()I
.end method
